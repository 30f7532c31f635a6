import type { ImportProgress } from '../../lib/scheduling/progress';

const STAGES: Record<ImportProgress['stage'], string> = {
  checking: 'Checking records',
  writing: 'Writing highlights',
  'reading file': 'Reading the file',
  'checking terms': 'Checking terms',
  'writing terms': 'Writing terms',
};

const megabytes = (bytes: number) => (bytes / 1024 / 1024).toLocaleString('en', { maximumFractionDigits: 1, minimumFractionDigits: 1 });

/** How far an import has got, in words and as a bar; nothing counted yet reads as the file being read, a streamed file in megabytes. */
export function ImportProgressLine({ stage, done, total }: ImportProgress) {
  const words =
    stage === 'reading file'
      ? `${STAGES[stage]}: ${megabytes(done)} of ${megabytes(total)} MB`
      : stage.startsWith('checking') && total === 0
        ? 'Reading the file…'
        : `${STAGES[stage]}: ${done.toLocaleString('en')} of ${total.toLocaleString('en')}`;
  return (
    <p class="import-progress" role="status">
      <span>{words}</span>
      <progress max={total || 1} value={done} aria-label="Import progress" />
    </p>
  );
}
