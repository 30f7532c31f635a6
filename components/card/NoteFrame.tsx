import { useEffect, useRef } from 'preact/hooks';
import { later } from '../../lib/scheduling/timers';

export const NOTE_FIELD_READY = 'state-security-lens-note-field';
/** The card's question to the field: the note as it stands now. */
export const READ_NOTE = 'read-note';
/** How long the card waits for the field's answer before it tells the reader the note was not read. */
const READ_TIMEOUT_MS = 2_000;

/** Asks the field for the note as it stands. */
export type ReadNote = () => Promise<string>;

export interface NoteFrameProps {
  /** The note field page's address (entrypoints/note-field) and the origin it loads in. */
  url: string;
  origin: string;
  label: string;
  /** Set while the frame is shown: how its owner reads the note, when it needs it (on saving). */
  reader: { current: ReadNote | undefined };
  /** Escape was pressed in the field. */
  onEscape(): void;
}

/** What the field sends back: the note as it stands (asked with READ_NOTE), or that Escape was pressed. */
type FieldMessage = { note: string } | { escape: true };

/**
 * The card's note field, as a frame of the extension's origin (see entrypoints/note-field): what
 * the reader types there never reaches the news page. The frame's address carries a fresh
 * secret; once it has loaded, it is sent a message port with that secret, posted only to the
 * extension's origin (a page that navigated the frame elsewhere receives nothing). The note is
 * asked for when it is needed, not sent as it is typed: the card's page handles a click on Save
 * before messages already waiting for it (input goes first), so a note sent as typed could be
 * saved short of its last keystrokes; the answer to the question comes after all of them.
 */
export function NoteFrame({ url, origin, label, reader, onEscape }: NoteFrameProps) {
  const frame = useRef<HTMLIFrameElement>(null);
  const latest = useRef(onEscape);
  latest.current = onEscape;

  useEffect(() => {
    const element = frame.current!;
    const secret = crypto.randomUUID();
    const channel = new MessageChannel();
    let answer: ((note: string) => void) | undefined;
    channel.port1.onmessage = ({ data }: MessageEvent<FieldMessage>) => {
      if ('note' in data && typeof data.note === 'string') answer?.(data.note);
      else if ('escape' in data) latest.current();
    };
    // Asked before the frame has loaded, the question waits in the port until the field takes it.
    reader.current = () =>
      new Promise((resolve, reject) => {
        const cancel = later(READ_TIMEOUT_MS, () => reject(new Error('the note field did not answer; your note was not read')));
        answer = (note) => {
          cancel();
          resolve(note);
        };
        channel.port1.postMessage(READ_NOTE);
      });
    const connect = () => element.contentWindow?.postMessage({ ready: `${NOTE_FIELD_READY}:${secret}` }, origin, [channel.port2]);
    element.addEventListener('load', connect, { once: true });
    element.src = `${url}#${secret}`;
    return () => {
      reader.current = undefined;
      channel.port1.close();
    };
  }, [url, origin, reader]);

  return <iframe ref={frame} class="note-frame" title={label} />;
}
