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

/** The statistics cards of the page, one per published query. */
export type StatisticsCard = 'corrections' | 'childProtection' | 'worksites' | 'cooperation';

/**
 * Who may read each card's query, as the subgraphs' shields say (deny by default there too):
 * `correctionsStatistics` (corrections), `childProtectionStatistics` (child-protection),
 * `workSiteStatistics` (worksites) and `cooperationStatistics` (all three). The page asks only for
 * what the reader may read, so a head of Bapas or a case manager never gets a page of refusals.
 */
export const STATISTICS_READERS: Record<StatisticsCard, readonly string[]> = {
  corrections: ['ANALYST', 'BAPAS_HEAD'],
  childProtection: ['ANALYST', 'CASE_MANAGER'],
  worksites: ['ANALYST', 'BAPAS_HEAD', 'PROSECUTOR', 'PROVIDER_ADMIN'],
  cooperation: ['ANALYST', 'BAPAS_HEAD', 'CASE_MANAGER'],
};

/** The cards a reader with these roles may see. */
export function statisticsCardsFor(roles: readonly string[]): Record<StatisticsCard, boolean> {
  const may = (card: StatisticsCard) => roles.some((r) => STATISTICS_READERS[card].includes(r));
  return {
    corrections: may('corrections'),
    childProtection: may('childProtection'),
    worksites: may('worksites'),
    cooperation: may('cooperation'),
  };
}

/** A count as the page may publish it: the number, or null when it is hidden (the same rule as `isHidden`). */
export function publishedCount(count: number | null | undefined, threshold: number, suppressed = false): number | null {
  return isHidden(count, suppressed, threshold) ? null : (count as number);
}

interface CooperationCellIn {
  key: string;
  label?: string;
  count?: number | null;
  value?: number | null;
  suppressed: boolean;
}
interface CooperationBreakdownIn {
  dimension: string;
  cells: readonly CooperationCellIn[];
}

/** One joint-monitoring row as the page's query answers it (`CooperationQuarter`). */
export interface CooperationQuarterIn {
  districtCode: string;
  quarter: number;
  referralsSent?: number | null;
  referralsByStatus: CooperationBreakdownIn;
  ordersByStatus: CooperationBreakdownIn;
  ordersByOutcome: CooperationBreakdownIn;
  breachReports: CooperationBreakdownIn;
  capacityBuilding: CooperationBreakdownIn;
  childProtection?: {
    referralResponses?: number | null;
    responsesByDecision: CooperationBreakdownIn;
    medianDaysToResponse?: number | null;
    referredChildren?: number | null;
    servicesToReferredChildren?: number | null;
    servicesPerReferredChild?: number | null;
  } | null;
  workSites?: { peopleWorking?: number | null; hoursDelivered?: number | null; suppressed: boolean } | null;
}

/** The agencies of the joint monitoring, as the evaluation meeting's CSV names them. */
export type CooperationAgency = 'BAPAS' | 'DP3AP2KB' | 'WORKSITES';

/** The agencies whose part is missing (unavailable) from at least one row. */
export function missingAgencies(rows: readonly CooperationQuarterIn[]): CooperationAgency[] {
  const missing: CooperationAgency[] = [];
  if (rows.some((r) => !r.childProtection)) missing.push('DP3AP2KB');
  if (rows.some((r) => !r.workSites)) missing.push('WORKSITES');
  return missing;
}

/**
 * The page's rows in the shape `cooperationCsv` (packages/web/src/cooperation-csv.ts) takes, every count
 * passed through the page's suppression first: a count from 1 to k-1 that arrived unsuppressed leaves
 * as a suppressed, empty cell, and work-site hours are hidden with their people (capacity-building
 * events are not people and are published exactly, so they pass as they are). A missing part stays
 * missing (null), so the CSV names the agency instead of writing zeros.
 */
export function toCooperationRows(year: number, rows: readonly CooperationQuarterIn[], threshold: number) {
  const cell = (c: CooperationCellIn) => {
    const count = publishedCount(c.count, threshold, c.suppressed);
    return { key: c.key, count, value: count === null ? null : (c.value ?? null), suppressed: count === null };
  };
  const breakdown = (b: CooperationBreakdownIn) => ({ dimension: b.dimension, cells: b.cells.map(cell) });
  return rows.map((r) => {
    const cp = r.childProtection;
    const ws = r.workSites;
    const people = ws ? publishedCount(ws.peopleWorking, threshold, ws.suppressed) : null;
    return {
      year,
      quarter: r.quarter,
      district: { code: r.districtCode },
      referralsSent: publishedCount(r.referralsSent, threshold),
      referralsByStatus: breakdown(r.referralsByStatus),
      ordersByOutcome: breakdown(r.ordersByOutcome),
      breachReports: breakdown(r.breachReports),
      // Events, not people: published exactly, and written as they are.
      capacityBuilding: {
        dimension: r.capacityBuilding.dimension,
        cells: r.capacityBuilding.cells.map((c) => ({
          key: c.key,
          count: c.count ?? null,
          value: c.value ?? null,
          suppressed: c.suppressed,
        })),
      },
      childProtection: cp
        ? {
            referralResponses: publishedCount(cp.referralResponses, threshold),
            responsesByDecision: breakdown(cp.responsesByDecision),
            medianDaysToResponse: cp.medianDaysToResponse ?? null,
            referredChildren: publishedCount(cp.referredChildren, threshold),
            servicesToReferredChildren: publishedCount(cp.servicesToReferredChildren, threshold),
            servicesPerReferredChild: cp.servicesPerReferredChild ?? null,
          }
        : null,
      workSites: ws
        ? {
            peopleWorking: people,
            hoursDelivered: people === null ? null : (ws.hoursDelivered ?? null),
            suppressed: people === null,
          }
        : null,
    };
  });
}
