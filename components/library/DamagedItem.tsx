import type { DamagedRecord } from '../../lib/db/records';
import { ItemActions } from '../shared/ItemActions';

const KIND = { highlights: 'highlight', pages: 'page record' } as const;

/** The key as the reader can find it again in an exported file. */
const describeKey = (key: unknown) => (typeof key === 'string' ? `“${key.slice(0, 120)}”` : String(key));

/**
 * A record of the database that cannot be read as it is: said so, with what is wrong, and the
 * two things the reader can do with it (keep a copy of it as it is, or delete it).
 */
export function DamagedItem({ record, onExport, onDelete }: { record: DamagedRecord; onExport(): void; onDelete(): void }) {
  return (
    <li class="highlight damaged">
      <p class="highlight-meta">
        <strong>Damaged {KIND[record.table]}</strong>
        <span>{describeKey(record.key)}</span>
      </p>
      <p class="damaged-problems">{record.problems.join('\n')}</p>
      <ItemActions label="Export raw" onAct={onExport} onDelete={onDelete} />
    </li>
  );
}
