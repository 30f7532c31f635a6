import { useEffect, useRef } from 'preact/hooks';

export const NOTE_FIELD_READY = 'state-security-lens-note-field';

export interface NoteFrameProps {
  /** The note field page's address (entrypoints/note-field) and the origin it loads in. */
  url: string;
  origin: string;
  label: string;
  onInput(note: string): void;
}

/**
 * The card's note field, as a frame of the extension's origin (see entrypoints/note-field): what
 * the reader types there never reaches the news page. The frame's address carries a fresh
 * secret; once it has loaded, it is sent a message port with that secret, posted only to the
 * extension's origin (a page that navigated the frame elsewhere receives nothing).
 */
export function NoteFrame({ url, origin, label, onInput }: NoteFrameProps) {
  const frame = useRef<HTMLIFrameElement>(null);
  const latest = useRef(onInput);
  latest.current = onInput;

  useEffect(() => {
    const element = frame.current!;
    const secret = crypto.randomUUID();
    const channel = new MessageChannel();
    channel.port1.onmessage = (event: MessageEvent) => {
      if (typeof event.data === 'string') latest.current(event.data);
    };
    const connect = () => element.contentWindow?.postMessage({ ready: `${NOTE_FIELD_READY}:${secret}` }, origin, [channel.port2]);
    element.addEventListener('load', connect, { once: true });
    element.src = `${url}#${secret}`;
    return () => channel.port1.close();
  }, [url, origin]);

  return <iframe ref={frame} class="note-frame" title={label} />;
}
