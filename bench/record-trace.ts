/**
 * Recording a Chromium trace over CDP: the benches' one way to take one (bench/tab-trace.ts,
 * trace.ts and import-trace.ts read what it records).
 */
import type { CDPSession } from '@playwright/test';

export const CATEGORIES = [
  'devtools.timeline',
  'disabled-by-default-devtools.timeline',
  'v8.execute',
  'v8',
  'disabled-by-default-v8.compile',
  'extensions',
  'toplevel',
  '__metadata',
];

export interface TraceEvent {
  name: string;
  cat: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  /** Thread (CPU) time: on a busy machine a task's wall time counts the time it was not running. */
  tdur?: number;
  args?: Record<string, unknown> & {
    data?: { url?: string; type?: string };
    beginData?: { url?: string };
    fileName?: string;
    worldName?: string;
    chrome_extension_id?: { extension_id?: string };
    chrome_mojo_event_info?: { mojo_interface_tag?: string; watcher_notify_interface_tag?: string };
  };
}

/** Records a trace of everything `during` makes the browser do. */
export async function recordTrace(cdp: CDPSession, during: () => Promise<void>, categories: readonly string[] = CATEGORIES): Promise<TraceEvent[]> {
  const events: TraceEvent[] = [];
  const collect = ({ value }: { value: unknown[] }) => events.push(...(value as TraceEvent[]));
  cdp.on('Tracing.dataCollected', collect);
  const complete = new Promise<void>((resolve) => cdp.once('Tracing.tracingComplete', () => resolve()));
  await cdp.send('Tracing.start', { transferMode: 'ReportEvents', traceConfig: { includedCategories: [...categories], excludedCategories: ['*'] } });
  try {
    await during();
  } finally {
    await cdp.send('Tracing.end');
    await complete;
    cdp.off('Tracing.dataCollected', collect);
  }
  return events;
}
