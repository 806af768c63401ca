/**
 * Saves text as a file through the browser's own download (a Blob URL and a
 * temporary link): nothing leaves the device, and no downloads permission is
 * needed. Every export of the options page (playbooks, accounts, history) goes
 * through here.
 */
export function downloadText(fileName: string, text: string, type = 'application/json'): void {
  // A CSV starts with a byte-order mark, so spreadsheet apps read accents and quotes as UTF-8.
  const parts = type.startsWith('text/csv') ? ['\uFEFF', text] : [text];
  const url = URL.createObjectURL(new Blob(parts, { type }));
  const a = document.createElement('a');
  a.href = url;
  a.download = fileName;
  a.rel = 'noopener';
  a.style.display = 'none';
  document.body.append(a);
  a.click();
  a.remove();
  // Revoke after the click has been handled, or some browsers cancel the download.
  setTimeout(() => URL.revokeObjectURL(url), 1000);
}

/** CSV text as a download. */
export const downloadCsv = (fileName: string, csv: string): void => downloadText(fileName, csv, 'text/csv;charset=utf-8');

/** A file's text; refuses files far too big for what they claim to be before reading them. */
export async function readFileText(file: File, maxBytes: number): Promise<string> {
  if (file.size > maxBytes) throw new RangeError(`too big (${Math.round(file.size / 1024)} KB)`);
  if (typeof file.text === 'function') return file.text();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result ?? ''));
    reader.onerror = () => reject(reader.error ?? new Error('unreadable'));
    reader.readAsText(file);
  });
}
