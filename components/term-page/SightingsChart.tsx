import { formatDay, formatMonth } from '../../lib/dates';
import { bucketLabel, describeChart, type ChartBucket, type PagesOverTime } from '../../lib/sightings/chart';

/**
 * The term page's chart: pages per month, seen (solid) and published (outlined), in plain SVG
 * drawn with the page's own colours, so that it follows the light and dark themes. Said in
 * words for screen readers (the SVG's description), and as a table for anyone.
 */

const WIDTH = 800;
const HEIGHT = 150;
const MARGIN = { top: 12, right: 6, bottom: 34, left: 30 };
const PLOT_WIDTH = WIDTH - MARGIN.left - MARGIN.right;
const PLOT_HEIGHT = HEIGHT - MARGIN.top - MARGIN.bottom;
/** With more bars than this, only each year's first is named under the axis. */
const MAX_NAMED_MONTHS = 18;
const MAX_NAMED_YEARS = 16;

/** Under its bar: the month ("Sept"), with the year under January and the first bar; or the year. */
function axisLabels(chart: PagesOverTime, bucket: ChartBucket, index: number): [string, string] | undefined {
  if (chart.unit === 'year') {
    const named = chart.buckets.length <= MAX_NAMED_YEARS || Number(bucket.key) % 5 === 0;
    return named ? [bucket.key, ''] : undefined;
  }
  const january = bucket.key.endsWith('-01');
  const year = index === 0 || january ? bucket.key.slice(0, 4) : '';
  if (chart.buckets.length <= MAX_NAMED_MONTHS) return [formatDay(bucket.key).split(' ')[0]!, year];
  return january || index === 0 ? [year, ''] : undefined;
}

const ticksUpTo = (max: number) => (max <= 1 ? [max] : max <= 3 ? [...Array(max).keys()].map((n) => n + 1) : [Math.round(max / 2), max]);

/** A column of the chart: a month (or year), or the pages published before the first of them. */
interface Column extends ChartBucket {
  name: string;
  labels?: [string, string];
}

function columnsOf(chart: PagesOverTime): Column[] {
  const columns: Column[] = chart.buckets.map((bucket, index) => ({
    ...bucket,
    name: bucketLabel(chart.unit, bucket.key, formatMonth),
    labels: axisLabels(chart, bucket, index),
  }));
  if (chart.earlier === 0) return columns;
  const before = `Before ${columns[0]!.name}`;
  return [{ key: 'earlier', seen: 0, published: chart.earlier, name: before, labels: ['Earlier', ''] }, ...columns];
}

function Bars({ chart, id }: { chart: PagesOverTime; id: string }) {
  const columns = columnsOf(chart);
  const max = Math.max(1, ...columns.map((column) => Math.max(column.seen, column.published)));
  const step = PLOT_WIDTH / columns.length;
  // Bars no wider than a finger's width, however few the months.
  const barWidth = Math.min(28, Math.max(1, step * 0.36));
  const y = (count: number) => MARGIN.top + PLOT_HEIGHT - (count / max) * PLOT_HEIGHT;
  return (
    <svg class="chart" viewBox={`0 0 ${WIDTH} ${HEIGHT}`} role="img" aria-labelledby={`${id}-title ${id}-desc`}>
      <title id={`${id}-title`}>{chart.unit === 'year' ? 'Pages per year' : 'Pages per month'}</title>
      <desc id={`${id}-desc`}>{describeChart(chart, formatMonth)}</desc>
      {[0, ...ticksUpTo(max)].map((tick) => (
        <g key={tick} class="chart-grid" aria-hidden="true">
          <line x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={y(tick)} y2={y(tick)} />
          <text x={MARGIN.left - 6} y={y(tick)} dy="0.32em" text-anchor="end">
            {tick}
          </text>
        </g>
      ))}
      {columns.map((column, index) => {
        const x = MARGIN.left + index * step;
        const middle = x + step / 2;
        return (
          <g key={column.key} class={column.key === 'earlier' ? 'chart-earlier' : undefined}>
            <title>{`${column.name}: ${column.seen} seen, ${column.published} published`}</title>
            {/* The whole column answers the pointer with its title, not only its bars. */}
            <rect class="chart-column" x={x} y={MARGIN.top} width={step} height={PLOT_HEIGHT} />
            {column.seen > 0 && <rect class="chart-seen" x={middle - barWidth - 1} y={y(column.seen)} width={barWidth} height={y(0) - y(column.seen)} />}
            {column.published > 0 && (
              <rect class="chart-published" x={middle + 1} y={y(column.published)} width={barWidth} height={y(0) - y(column.published)} />
            )}
            {column.labels && (
              <text class="chart-axis" x={middle} y={HEIGHT - MARGIN.bottom + 14} text-anchor="middle" aria-hidden="true">
                <tspan>{column.labels[0]}</tspan>
                {column.labels[1] && (
                  <tspan x={middle} dy="13">
                    {column.labels[1]}
                  </tspan>
                )}
              </text>
            )}
          </g>
        );
      })}
    </svg>
  );
}

function ChartTable({ chart }: { chart: PagesOverTime }) {
  // Months with no page are left out: the table lists what happened.
  const rows = columnsOf(chart).filter((column) => column.seen > 0 || column.published > 0);
  return (
    <details class="chart-table">
      <summary>The chart as a table</summary>
      <table>
        <thead>
          <tr>
            <th scope="col">{chart.unit === 'year' ? 'Year' : 'Month'}</th>
            <th scope="col">Seen</th>
            <th scope="col">Published</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((column) => (
            <tr key={column.key}>
              <th scope="row">{column.name}</th>
              <td>{column.seen}</td>
              <td>{column.published}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </details>
  );
}

export function SightingsChart({ chart }: { chart: PagesOverTime }) {
  return (
    <figure class="pages-chart">
      <figcaption class="chart-legend">
        <span>
          <span class="swatch seen" aria-hidden="true" />
          Seen by you{chart.unit === 'year' ? ', per year' : ', per month'}
        </span>
        <span>
          <span class="swatch published" aria-hidden="true" />
          Published, as the page says
        </span>
      </figcaption>
      <Bars chart={chart} id="pages-chart" />
      <ChartTable chart={chart} />
    </figure>
  );
}
