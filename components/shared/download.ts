/**
 * Saves a file by clicking an `<a download>` to a Blob URL: extension pages may do so
 * without the `downloads` permission, so the extension asks for one permission fewer.
 */
export function downloadBlob(fileName: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = Object.assign(document.createElement('a'), { href: url, download: fileName, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked once the browser has had time to start reading it.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

export const downloadText = (fileName: string, mediaType: string, text: string) =>
  downloadBlob(fileName, new Blob([text], { type: mediaType }));
