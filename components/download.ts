/**
 * Saves text as a file by clicking an `<a download>` to a Blob URL: extension pages may do so
 * without the `downloads` permission, so the extension asks for one permission fewer.
 */
export function downloadText(fileName: string, mediaType: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: mediaType }));
  const link = Object.assign(document.createElement('a'), { href: url, download: fileName, hidden: true });
  document.body.append(link);
  link.click();
  link.remove();
  // Revoked once the browser has had time to start reading it.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
