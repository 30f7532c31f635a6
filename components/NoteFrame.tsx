import { useEffect, useRef } from 'preact/hooks';

export const NOTE_FIELD_READY = 'state-security-lens-note-field';

export interface NoteFrameProps {
  /** The note field page's address (entrypoints/note-field) and the origin it loads in. */
  url: string;
  origin: string;
  label: string;
  onInput(note: string): void;
  /** Escape was pressed in the field. */
  onEscape(): void;
}

/**
 * The card's note field, as a frame of the extension's origin (see entrypoints/note-field): what
 * the reader types there never reaches the news page. The frame's address carries a fresh
 * secret; once it has loaded, it is sent a message port with that secret, posted only to the
 * extension's origin (a page that navigated the frame elsewhere receives nothing).
 */
/** What the field sends back: the note as it stands, or that Escape was pressed. */
type FieldMessage = { note: string } | { escape: true };

export function NoteFrame({ url, origin, label, onInput, onEscape }: NoteFrameProps) {
  const frame = useRef<HTMLIFrameElement>(null);
  const latest = useRef({ onInput, onEscape });
  latest.current = { onInput, onEscape };

  useEffect(() => {
    const element = frame.current!;
    const secret = crypto.randomUUID();
    const channel = new MessageChannel();
    channel.port1.onmessage = ({ data }: MessageEvent<FieldMessage>) => {
      if ('note' in data && typeof data.note === 'string') latest.current.onInput(data.note);
      else if ('escape' in data) latest.current.onEscape();
    };
    const connect = () => element.contentWindow?.postMessage({ ready: `${NOTE_FIELD_READY}:${secret}` }, origin, [channel.port2]);
    element.addEventListener('load', connect, { once: true });
    element.src = `${url}#${secret}`;
    return () => channel.port1.close();
  }, [url, origin]);

  return <iframe ref={frame} class="note-frame" title={label} />;
}
