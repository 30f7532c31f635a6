/** Figures collected over the runs: median, min and max, printed as a table and kept as JSON. */

export interface Figure {
  figure: string;
  dictionary: string;
  page: string;
  unit: string;
  /** What the figure is measured against (reported, never asserted). */
  target: string;
  runs: number[];
  median: number;
  min: number;
  max: number;
  note?: string;
}

export const median = (values: readonly number[]): number => {
  const sorted = values.filter((v) => !Number.isNaN(v)).sort((a, b) => a - b);
  if (sorted.length === 0) return NaN;
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
};

export class Report {
  readonly figures: Figure[] = [];

  add(figure: string, context: { dictionary: string; page: string }, unit: string, runs: number[], target = '', note?: string): Figure {
    const valid = runs.filter((v) => !Number.isNaN(v));
    const row: Figure = {
      figure,
      ...context,
      unit,
      target,
      runs,
      median: median(valid),
      min: valid.length ? Math.min(...valid) : NaN,
      max: valid.length ? Math.max(...valid) : NaN,
      ...(note ? { note } : {}),
    };
    this.figures.push(row);
    console.log(`  ${figure} [${context.dictionary}, ${context.page}]: ${format(row.median, unit)} (${format(row.min, unit)} … ${format(row.max, unit)})${note ? ` — ${note}` : ''}`);
    return row;
  }

  table(): string {
    const header = ['Figure', 'Dictionary', 'Page', 'Median', 'Min', 'Max', 'Target'];
    const rows = this.figures.map((f) => [
      f.figure + (f.note ? ` (${f.note})` : ''),
      f.dictionary,
      f.page,
      format(f.median, f.unit),
      format(f.min, f.unit),
      format(f.max, f.unit),
      f.target,
    ]);
    const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => r[i]!.length)));
    const line = (cells: string[]) => `| ${cells.map((c, i) => (i >= 3 && i <= 5 ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join(' | ')} |`;
    return [line(header), `|${widths.map((w, i) => (i >= 3 && i <= 5 ? `${'-'.repeat(w + 1)}:` : '-'.repeat(w + 2))).join('|')}|`, ...rows.map(line)].join('\n');
  }
}

export function format(value: number, unit: string): string {
  if (Number.isNaN(value)) return '–';
  switch (unit) {
    case 'ms':
      return `${value < 10 ? value.toFixed(2) : value < 100 ? value.toFixed(1) : value.toFixed(0)} ms`;
    case '×':
      return `${value < 10 ? value.toFixed(2) : value.toFixed(1)}×`;
    case 'KB':
      return `${value.toFixed(1)} KB`;
    case 'MB':
      return `${value.toFixed(2)} MB`;
    default:
      return `${Number.isInteger(value) ? value : value.toFixed(1)}${unit ? ` ${unit}` : ''}`;
  }
}
