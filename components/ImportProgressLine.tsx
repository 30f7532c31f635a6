import type { ImportProgress } from '../lib/db/transfer';

const STAGES: Record<ImportProgress['stage'], string> = {
  checking: 'Checking records',
  writing: 'Writing highlights',
  'checking terms': 'Checking terms',
  'writing terms': 'Writing terms',
};

/** How far an import has got, in words and as a bar; nothing counted yet reads as the file being read. */
export function ImportProgressLine({ stage, done, total }: ImportProgress) {
  const words = stage.startsWith('checking') && total === 0 ? 'Reading the file…' : `${STAGES[stage]}: ${done.toLocaleString('en')} of ${total.toLocaleString('en')}`;
  return (
    <p class="import-progress" role="status">
      <span>{words}</span>
      <progress max={total || 1} value={done} aria-label="Import progress" />
    </p>
  );
}
