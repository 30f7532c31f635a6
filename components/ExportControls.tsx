import { useState } from 'preact/hooks';
import type { Collection, ExportContext } from '../lib/export/collection';
import { EXPORT_FORMATS, exportFileName, type ExportFormatId } from '../lib/export/formats';
import { downloadText } from './download';

/** A choice of what to export: everything, what the search shows, one page. */
export interface ExportScope {
  label: string;
  count: number;
  /** Records besides highlights that the scope holds (where terms were seen): exportable on their own. */
  others?: number;
  collect(): Promise<Collection>;
}

interface ExportControlsProps {
  scopes: readonly ExportScope[];
  termLabel: ExportContext['termLabel'];
}

const plural = (count: number, one: string, many: string) => `${count} ${count === 1 ? one : many}`;

export function ExportControls({ scopes, termLabel }: ExportControlsProps) {
  const [format, setFormat] = useState<ExportFormatId>('json');
  const [scopeIndex, setScopeIndex] = useState(0);
  const [status, setStatus] = useState('');
  const scope = scopes[scopeIndex] ?? scopes[0]!;

  const exportNow = async () => {
    const now = new Date();
    const collection = await scope.collect();
    const { mediaType, write } = EXPORT_FORMATS[format];
    downloadText(exportFileName(format, now), mediaType, write(collection, { exportedAt: now.toISOString(), termLabel }));
    const sightings = collection.sightings?.length ? ` and ${plural(collection.sightings.length, 'sighting', 'sightings')}` : '';
    setStatus(`Exported ${plural(collection.highlights.length, 'highlight', 'highlights')}${sightings}.`);
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
