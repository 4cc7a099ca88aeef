/** Global ids (Relay): base64url of "Type:uuid", opaque to clients. */
export function toGlobalId(type: string, id: string): string {
  return Buffer.from(`${type}:${id}`, 'utf8').toString('base64url');
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;

/** Decodes a global id of the expected type; null when malformed or of another type. */
export function fromGlobalId(globalId: string, type: string): string | null {
  if (typeof globalId !== 'string' || globalId.length > 200) return null;
  const raw = Buffer.from(globalId, 'base64url').toString('utf8');
  const sep = raw.indexOf(':');
  if (sep < 0 || raw.slice(0, sep) !== type) return null;
  const id = raw.slice(sep + 1);
  return UUID.test(id) ? id : null;
}
