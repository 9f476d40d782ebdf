/**
 * The analyst's statistics, as data for the charts, the tables and the CSV. Pure functions, so the
 * one rule that matters here is tested in one place: a suppressed cell never carries a number out
 * of this module, only the marker "< k".
 */
import { toCsv } from '../../csv';

/** One cell as the hub publishes it (`StatisticCell`). */
export interface CellLike {
  key: string;
  label: string;
  count?: number | null;
  value?: number | null;
  suppressed: boolean;
}

/** One bar of a chart (and one row of its table): `count` is null whenever the cell is suppressed. */
export interface StatBar {
  key: string;
  label: string;
  count: number | null;
  /** A sum carried with the count (hours); null with a suppressed count. */
  value: number | null;
  suppressed: boolean;
}

/**
 * Whether a published count must be shown as "< k". The hub already returns `count: null,
 * suppressed: true` for counts from 1 to k-1; a count from 1 to k-1 that arrived unsuppressed (an
 * older subgraph, a bug) is treated the same way, so the page can never draw one.
 */
export function isHidden(count: number | null | undefined, suppressed: boolean, threshold: number): boolean {
  if (suppressed || count === null || count === undefined) return true;
  return count > 0 && count < threshold;
}

/** The bars of one breakdown: labels as given (translated by the caller), hidden cells without a number. */
export function toBars(
  cells: readonly CellLike[],
  threshold: number,
  labelOf: (cell: CellLike) => string = (c) => c.label,
): StatBar[] {
  return cells.map((cell) => {
    const hidden = isHidden(cell.count, cell.suppressed, threshold);
    return {
      key: cell.key,
      label: labelOf(cell),
      count: hidden ? null : (cell.count as number),
      value: hidden || cell.value === null || cell.value === undefined ? null : cell.value,
      suppressed: hidden,
    };
  });
}

/** The text of a count: the number, or "< k" for a hidden one (never the number). */
export function countText(
  bar: Pick<StatBar, 'count' | 'suppressed'>,
  threshold: number,
  format: (n: number) => string = String,
): string {
  return bar.suppressed || bar.count === null ? `< ${threshold}` : format(bar.count);
}

/** A total published beside a table (`total`, `totalSuppressed`): the number, or "< k". */
export function totalText(
  total: number | null | undefined,
  suppressed: boolean,
  threshold: number,
  format: (n: number) => string = String,
): string {
  return isHidden(total, suppressed, threshold) ? `< ${threshold}` : format(total as number);
}

/**
 * The axis of a chart: its end and ticks, every tick a multiple of k (so no axis label is ever a
 * number from 1 to k-1) and the end at least k (so the "< k" marker has room).
 */
export function axisOf(bars: readonly StatBar[], threshold: number): { max: number; ticks: number[] } {
  const largest = Math.max(threshold, ...bars.map((b) => b.count ?? 0));
  const step = threshold * Math.max(1, Math.ceil(largest / threshold / 5));
  const max = Math.ceil(largest / step) * step;
  const ticks: number[] = [];
  for (let v = 0; v <= max; v += step) ticks.push(v);
  return { max, ticks };
}

/** One line of the analyst's CSV: where it comes from, the category, the count or "< k", the hours. */
export interface CsvLine {
  source: string;
  table: string;
  key: string;
  label: string;
  count: string;
  value: string;
  district: string;
  period: string;
}

/** The lines of one breakdown for the CSV: a hidden count is "< k" and its hours are left empty. */
export function csvLines(
  context: { source: string; table: string; district: string; period: string },
  bars: readonly StatBar[],
  threshold: number,
): CsvLine[] {
  return bars.map((b) => ({
    ...context,
    key: b.key,
    label: b.label,
    count: countText(b, threshold),
    value: b.suppressed || b.value === null ? '' : String(b.value),
  }));
}

/** The CSV document of the analyst's page (the header in the reader's language, one line per cell). */
export function statisticsCsv(header: readonly string[], lines: readonly CsvLine[]): string {
  return toCsv(
    [...header],
    lines.map((l) => [l.source, l.table, l.key, l.label, l.count, l.value, l.district, l.period]),
  );
}

/** Quarter of a year, 1 to 4. */
export type Quarter = 1 | 2 | 3 | 4;

/** The joint-monitoring rows the filters keep: one district (or all) and one quarter (or all). */
export function filterQuarters<T extends { districtCode: string; quarter: number }>(
  rows: readonly T[],
  districtCode: string | null,
  quarter: Quarter | null,
): T[] {
  return rows.filter((r) => (!districtCode || r.districtCode === districtCode) && (!quarter || r.quarter === quarter));
}
