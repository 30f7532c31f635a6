import { NOTE_FIELD_READY, READ_NOTE } from '../../components/card/NoteFrame';

/**
 * The card's note field, in a frame of the extension's own origin: the keys the reader types
 * here stay in this document, where the news page's scripts cannot listen (key and input events
 * in the card's shadow root would reach the page's window). The card gives this frame a message
 * port, with the secret its address carries after `#`, so that a page posting to the frame
 * cannot pose as the card; the note goes back over that port alone, when the card asks for it.
 */
const field = document.querySelector('textarea')!;
const secret = location.hash.slice(1);

addEventListener('message', function connect(event: MessageEvent) {
  const [port] = event.ports;
  if (!port || !secret || (event.data as { ready?: unknown })?.ready !== `${NOTE_FIELD_READY}:${secret}`) return;
  removeEventListener('message', connect);
  port.onmessage = ({ data }) => {
    if (data === READ_NOTE) port.postMessage({ note: field.value });
  };
  // Escape closes the card, as it does anywhere else in it (the key never leaves this frame). On
  // the key's release, and in a task of its own after it: closing removes this frame, and a frame
  // removed before it has answered for a key event (its press, or the release still being
  // dispatched) leaves the browser waiting for that answer (Chromium then stalls the input).
  addEventListener('keyup', (event) => {
    if (event.key === 'Escape' && event.isTrusted) setTimeout(() => port.postMessage({ escape: true }));
  });
  field.focus();
});
