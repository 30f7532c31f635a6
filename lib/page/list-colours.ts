/** How many colours a reader's list may have (ColourSlot in the watchlists' schema): a fixed set, each made to read on any page. */
export const COLOUR_SLOTS = 8;

/**
 * The lists' colours, by slot: a name for the reader, the highlight's tint and its underline.
 * Mid-tones at a third opacity, with a strong underline, read on light and dark pages alike;
 * none is the bundled terms' amber or the saved passages' green. The overlay that draws them on
 * pages (lib/page/overlay/overlay.ts) takes them from here.
 */
export const LIST_COLOURS: ReadonlyArray<{ name: string; tint: string; line: string }> = [
  { name: 'Blue', tint: 'rgb(56 132 255 / 0.28)', line: 'rgb(40 110 240)' },
  { name: 'Violet', tint: 'rgb(160 90 255 / 0.28)', line: 'rgb(135 70 235)' },
  { name: 'Teal', tint: 'rgb(0 180 160 / 0.28)', line: 'rgb(0 145 130)' },
  { name: 'Rose', tint: 'rgb(255 80 130 / 0.28)', line: 'rgb(225 50 105)' },
  { name: 'Olive', tint: 'rgb(150 170 0 / 0.3)', line: 'rgb(120 140 0)' },
  { name: 'Cyan', tint: 'rgb(0 190 230 / 0.28)', line: 'rgb(0 150 195)' },
  { name: 'Red', tint: 'rgb(240 60 40 / 0.26)', line: 'rgb(215 45 30)' },
  { name: 'Slate', tint: 'rgb(120 140 170 / 0.32)', line: 'rgb(95 115 150)' },
];

export const colourOf = (slot: number) => LIST_COLOURS[((slot % COLOUR_SLOTS) + COLOUR_SLOTS) % COLOUR_SLOTS]!;
