import { toCsv } from './csv';

/**
 * The joint monitoring as CSV for the parties' evaluation meeting (README, "Joint monitoring of the
 * agreement"): the answer of the published `JointMonitoring` operation, one line per district, quarter,
 * agency, measure and category. A suppressed count is empty with `suppressed` true; an agency whose part
 * did not come (it was unavailable) has no lines, and is named in `missingAgencies`, never written as zeros.
 */
export interface CooperationCell {
  key: string;
  count: number | null;
  value?: number | null;
  suppressed: boolean;
}

interface Breakdown {
  dimension: string;
  cells: CooperationCell[];
}

/** One row of `cooperationStatistics.quarters`, as `schema/operations/joint-monitoring.graphql` asks for it. */
export interface CooperationRow {
  year: number;
  quarter: number;
  district: { code: string };
  referralsSent: number | null;
  referralsByStatus: Breakdown;
  ordersByOutcome: Breakdown;
  breachReports: Breakdown;
  capacityBuilding: Breakdown;
  childProtection: {
    referralResponses: number | null;
    responsesByDecision: Breakdown;
    medianDaysToResponse: number | null;
    referredChildren: number | null;
    servicesToReferredChildren: number | null;
    servicesPerReferredChild: number | null;
  } | null;
  workSites: { peopleWorking: number | null; hoursDelivered: number | null; suppressed: boolean } | null;
}

export const COOPERATION_CSV_HEADER = [
  'year',
  'district_code',
  'quarter',
  'agency',
  'measure',
  'category',
  'count',
  'suppressed',
  'value',
];

/** The CSV document and the agencies whose part was missing from the answer. */
export function cooperationCsv(rows: CooperationRow[]): { csv: string; missingAgencies: string[] } {
  const lines: unknown[][] = [];
  const missing = new Set<string>();
  for (const r of rows) {
    const line = (agency: string, measure: string, category: string, count: number | null, value: number | null = null) =>
      lines.push([r.year, r.district.code, r.quarter, agency, measure, category, count ?? '', count === null, value ?? '']);
    const figure = (agency: string, measure: string, n: number | null) =>
      lines.push([r.year, r.district.code, r.quarter, agency, measure, 'VALUE', '', n === null, n ?? '']);
    const cells = (agency: string, b: Breakdown) =>
      b.cells.forEach((c) => line(agency, b.dimension, c.key, c.count, c.value ?? null));
    line('BAPAS', 'referralsSent', 'TOTAL', r.referralsSent);
    for (const b of [r.referralsByStatus, r.ordersByOutcome, r.breachReports, r.capacityBuilding]) cells('BAPAS', b);
    const cp = r.childProtection;
    if (cp) {
      line('DP3AP2KB', 'referralResponses', 'TOTAL', cp.referralResponses);
      cells('DP3AP2KB', cp.responsesByDecision);
      figure('DP3AP2KB', 'medianDaysToResponse', cp.medianDaysToResponse);
      line('DP3AP2KB', 'referredChildren', 'TOTAL', cp.referredChildren);
      line('DP3AP2KB', 'servicesToReferredChildren', 'TOTAL', cp.servicesToReferredChildren);
      figure('DP3AP2KB', 'servicesPerReferredChild', cp.servicesPerReferredChild);
    } else missing.add('DP3AP2KB');
    const ws = r.workSites;
    if (ws) line('WORKSITES', 'peopleWorking', 'TOTAL', ws.peopleWorking, ws.hoursDelivered);
    else missing.add('WORKSITES');
  }
  return { csv: toCsv(COOPERATION_CSV_HEADER, lines), missingAgencies: [...missing] };
}
