import { useState } from 'preact/hooks';
import type { ExportCollection, ExportContext } from '../../lib/export/collection';
import { EXPORT_FORMATS, exportFileName, type ExportFormatId } from '../../lib/export/formats';
import { MAX_IMPORT_BYTES } from '../../lib/checks/guard';
import { downloadBlob } from './download';

/** A choice of what to export: everything, what the search shows, one page. */
export interface ExportScope {
  label: string;
  count: number;
  /** Records besides highlights that the scope holds (where terms were seen): exportable on their own. */
  others?: number;
  collect(): Promise<ExportCollection>;
}

interface ExportControlsProps {
  scopes: readonly ExportScope[];
  termLabel: ExportContext['termLabel'];
}

const megabytes = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MB`;
const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

export function ExportControls({ scopes, termLabel }: ExportControlsProps) {
  const [format, setFormat] = useState<ExportFormatId>('json');
  const [scopeIndex, setScopeIndex] = useState(0);
  const [status, setStatus] = useState('');
  const scope = scopes[scopeIndex] ?? scopes[0]!;

  const exportNow = async () => {
    const now = new Date();
    const collection = await scope.collect();
    const { mediaType, write, importable, keepsDamaged } = EXPORT_FORMATS[format];
    const file = new Blob([write(collection, { exportedAt: now.toISOString(), termLabel })], { type: mediaType });
    // A backup its own import would refuse is no backup (lib/checks/guard.ts).
    if (importable && file.size > MAX_IMPORT_BYTES) {
      setStatus(`Not exported: the file would be ${megabytes(file.size)}, over the ${megabytes(MAX_IMPORT_BYTES)} import reads back. Export in parts, by site or date.`);
      return;
    }
    downloadBlob(exportFileName(format, now), file);
    const damaged = collection.damaged?.length ?? 0;
    const note = !damaged ? '' : keepsDamaged ? ` ${plural(damaged, 'damaged record', 'damaged records')} written as ${damaged === 1 ? 'it is' : 'they are'}.` : ` ${plural(damaged, 'damaged record', 'damaged records')} left out: only JSON keeps ${damaged === 1 ? 'it' : 'them'}.`;
    const sightings = collection.sightings?.length ? ` and ${plural(collection.sightings.length, 'sighting', 'sightings')}` : '';
    setStatus(`Exported ${plural(collection.highlights.length, 'highlight', 'highlights')}${sightings}.${note}`);
  };

  return (
    <form
      class="export"
      aria-label="Export"
      onSubmit={(event) => {
        event.preventDefault();
        exportNow().catch((error) => setStatus(`Not exported: ${String(error)}`));
      }}
    >
      <label class="export-format">
        Export as
        <select value={format} onChange={(event) => setFormat(event.currentTarget.value as ExportFormatId)}>
          {Object.entries(EXPORT_FORMATS).map(([id, { label }]) => (
            <option value={id} key={id}>
              {label}
            </option>
          ))}
        </select>
      </label>
      {scopes.length > 1 && (
        <label>
          Highlights
          <select value={scopeIndex} onChange={(event) => setScopeIndex(Number(event.currentTarget.value))}>
            {scopes.map(({ label, count }, i) => (
              <option value={i} key={label}>
                {`${label} (${count})`}
              </option>
            ))}
          </select>
        </label>
      )}
      <button type="submit" class="primary" disabled={scope.count === 0 && !scope.others}>
        Export
      </button>
      <span class="transfer-status" role="status">
        {status}
      </span>
    </form>
  );
}
