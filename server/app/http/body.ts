import type { IncomingMessage } from 'node:http';

export const MAX_BODY_BYTES = 256 * 1024;

/** The request body as text, or null when it is (declared or turns out) larger than `MAX_BODY_BYTES`. */
export async function readBody(req: IncomingMessage): Promise<string | null> {
  const declared = Number(req.headers['content-length'] ?? 0);
  if (declared > MAX_BODY_BYTES) return null;
  // A declared length within the limit (the HTTP parser holds the body to it): plain events, without
  // an async iterator and its promise per chunk.
  if (declared > 0 && req.headers['transfer-encoding'] === undefined) return readDeclared(req);
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > MAX_BODY_BYTES) return null;
    chunks.push(chunk as Buffer);
  }
  return Buffer.concat(chunks).toString('utf8');
}

function readDeclared(req: IncomingMessage): Promise<string> {
  return new Promise((ok, fail) => {
    const chunks: Buffer[] = [];
    const onData = (chunk: Buffer) => void chunks.push(chunk);
    const onEnd = () => {
      done();
      ok((chunks.length === 1 ? chunks[0] : Buffer.concat(chunks)).toString('utf8'));
    };
    const onError = (err: Error) => {
      done();
      fail(err);
    };
    // Closed before the end (client went away): what the async iterator reports.
    const onClose = () => onError(Object.assign(new Error('Premature close'), { code: 'ERR_STREAM_PREMATURE_CLOSE' }));
    const done = () => {
      req.off('data', onData).off('end', onEnd).off('error', onError).off('close', onClose);
    };
    req.on('data', onData).on('end', onEnd).on('error', onError).on('close', onClose);
  });
}
