import { useState } from 'react';
import { describeRequestError } from './errors.js';

/** Saves a blob as a file in the browser (an object URL on a temporary link). */
export function downloadBlob(filename: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  document.body.append(a);
  a.click();
  a.remove();
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** Saves an export the API returned inline (`ExportFile`: name, media type, Base64 content). */
export function downloadExport(file: { filename: string; mimeType: string; contentBase64: string }): void {
  downloadBlob(file.filename, new Blob([Uint8Array.from(atob(file.contentBase64), (c) => c.charCodeAt(0))], { type: file.mimeType }));
}

/** An export button's state: `run(fetchAndSave)` marks it busy and turns a failure into a Chinese message. */
export function useDownload() {
  const [busy, setBusy] = useState(false);
  const [message, setMessage] = useState('');
  async function run(fetchAndSave: () => Promise<unknown>) {
    setBusy(true);
    setMessage('');
    try {
      await fetchAndSave();
    } catch (err) {
      setMessage(`导出失败。${describeRequestError(err)}`);
    } finally {
      setBusy(false);
    }
  }
  return { busy, message, run };
}
