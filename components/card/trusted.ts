/**
 * Wraps an event handler so that only input the reader made reaches it: a page can call
 * `click()` or `dispatchEvent()` on anything it can reach, and such events are not trusted
 * (`isTrusted` is false), whatever they claim.
 */
export function trusted<E extends Event>(handler: (event: E) => void): (event: E) => void {
  return (event) => {
    if (event.isTrusted) handler(event);
  };
}
