import { DISTRICTS } from '@hub/reference';
import { postGraphQL } from '@hub/testing';
import { E2E_SEED_TODAY, startTestHub, type TestHub } from './hub';

/**
 * The differencing attack of the review, made exhaustive: every filter the statistics queries allow
 * (all districts, and each district), every published count, and every pair of them — a difference of
 * two published counts must never be a count from 1 to k-1.
 */
let t: TestHub;
let analyst: string;

beforeAll(async () => {
  t = await startTestHub();
  analyst = await t.tokenFor('analyst');
}, 120_000);

afterAll(async () => {
  await t?.stop();
});

interface Cell {
  key: string;
  count: number | null;
  suppressed: boolean;
}
type Breakdown = { cells: Cell[] };

const CELLS = '{ cells { key count suppressed } }';
const QUERIES: Record<string, { query: string; totalField: string; breakdowns: string[]; extra?: string[] }> = {
  correctionsStatistics: {
    query: `query($f: StatisticsFilter) { s: correctionsStatistics(filter: $f) { threshold total
      byDistrict ${CELLS} byCategory ${CELLS} byStatus ${CELLS} byAgeBand ${CELLS} bySex ${CELLS} } }`,
    totalField: 'total',
    breakdowns: ['byDistrict', 'byCategory', 'byStatus', 'byAgeBand', 'bySex'],
  },
  childProtectionStatistics: {
    query: `query($f: StatisticsFilter) { s: childProtectionStatistics(filter: $f) { threshold total
      byChildRole ${CELLS} byViolenceType ${CELLS} byRiskLevel ${CELLS} byStatus ${CELLS} byDistrict ${CELLS} byAgeBand ${CELLS} } }`,
    totalField: 'total',
    breakdowns: ['byChildRole', 'byViolenceType', 'byRiskLevel', 'byStatus', 'byDistrict', 'byAgeBand'],
  },
  workSiteStatistics: {
    query: `query($f: StatisticsFilter) { s: workSiteStatistics(filter: $f) { threshold placements capacityInUse
      bySiteKind ${CELLS} byDistrict ${CELLS} } }`,
    totalField: 'placements',
    breakdowns: ['bySiteKind', 'byDistrict'],
    extra: ['capacityInUse'],
  },
};

const FILTERS: Array<{ districtCode?: string } | null> = [null, ...DISTRICTS.map((d) => ({ districtCode: d.code }))];

async function publishedTables(name: string) {
  const spec = QUERIES[name]!;
  const tables: Array<{ filter: string; k: number; total: number | null; counts: number[]; breakdowns: Breakdown[] }> = [];
  for (const filter of FILTERS) {
    const res = await postGraphQL(t.hub.gatewayUrl, spec.query, { f: filter }, { token: analyst });
    expect(res.body.errors).toBeUndefined();
    const s = (res.body.data as { s: Record<string, unknown> }).s;
    const breakdowns = spec.breakdowns.map((b) => s[b] as Breakdown);
    const counts = [
      s[spec.totalField] as number | null,
      ...(spec.extra ?? []).map((f) => s[f] as number | null),
      ...breakdowns.flatMap((b) => b.cells.map((c) => c.count)),
    ].filter((c): c is number => c !== null);
    tables.push({
      filter: filter?.districtCode ?? 'all',
      k: s['threshold'] as number,
      total: s[spec.totalField] as number | null,
      counts,
      breakdowns,
    });
  }
  return tables;
}

describe.each(Object.keys(QUERIES))('%s, every filter the API allows', (name) => {
  it('publishes no count from 1 to k-1, and no two published counts differ by 1 to k-1', async () => {
    const tables = await publishedTables(name);
    const k = tables[0]!.k;
    expect(k).toBe(5);
    const all = [...new Set(tables.flatMap((table) => table.counts))].sort((a, b) => a - b);
    for (const n of all) expect(n === 0 || n >= k).toBe(true);
    const recovered: string[] = [];
    for (const a of all) for (const b of all) if (a - b >= 1 && a - b < k) recovered.push(`${a} - ${b}`);
    expect(recovered).toEqual([]);
    // The seeded world has small cells somewhere, or the test would prove nothing.
    expect(tables.some((table) => table.breakdowns.some((b) => b.cells.some((c) => c.suppressed)))).toBe(true);
  });

  it('publishes no breakdown of a population smaller than k, not even its zeros', async () => {
    const tables = await publishedTables(name);
    const small = tables.filter((x) => x.total === null);
    // The demo seeds districts with one to four clients: the rule is exercised, not vacuous.
    if (name === 'correctionsStatistics') expect(small.length).toBeGreaterThan(0);
    for (const table of small) {
      for (const b of table.breakdowns) for (const c of b.cells) expect(c).toMatchObject({ count: null, suppressed: true });
    }
  });
});

describe('the differencing attack of the review', () => {
  it('cannot recover a suppressed district cell as all districts minus the published others', async () => {
    const tables = await publishedTables('correctionsStatistics');
    const byDistrict = tables[0]!.breakdowns[0]!.cells;
    const truth = (code: string) => t.world.clients.filter((c) => c.districtCode === code).length;
    for (const hidden of byDistrict.filter((c) => c.suppressed)) {
      const others = byDistrict.filter((c) => c.key !== hidden.key).reduce((s, c) => s + (c.count ?? 0), 0);
      const guess = (tables[0]!.total ?? 0) - others;
      // The guess is a multiple of k: never the true count, which is from 1 to k-1.
      expect(guess % 5).toBe(0);
      expect(guess).not.toBe(truth(hidden.key));
    }
  });
});

/** The joint monitoring (README, "Joint monitoring"): Bapas's, DP3AP2KB's and the work-site providers' counts. */
describe('cooperationStatistics, every filter the API allows, all three agencies’ parts', () => {
  const COOPERATION = `query($year: Int!, $d: String) { s: cooperationStatistics(year: $year, districtCode: $d) { threshold
    quarters { districtCode quarter referralsSent referralsByStatus ${CELLS} ordersByStatus ${CELLS} ordersByOutcome ${CELLS}
      breachReports ${CELLS}
      childProtection { referralResponses responsesByDecision ${CELLS} medianDaysToResponse referredChildren
        servicesToReferredChildren servicesPerReferredChild }
      workSites { peopleWorking hoursDelivered suppressed } } } }`;
  interface Row {
    districtCode: string;
    quarter: number;
    referralsSent: number | null;
    referralsByStatus: Breakdown;
    ordersByStatus: Breakdown;
    ordersByOutcome: Breakdown;
    breachReports: Breakdown;
    childProtection: {
      referralResponses: number | null;
      responsesByDecision: Breakdown;
      medianDaysToResponse: number | null;
      referredChildren: number | null;
      servicesToReferredChildren: number | null;
      servicesPerReferredChild: number | null;
    };
    workSites: { peopleWorking: number | null; hoursDelivered: number | null; suppressed: boolean };
  }
  const year = Number(E2E_SEED_TODAY.slice(0, 4));

  async function tables(): Promise<Array<{ filter: string; k: number; rows: Row[] }>> {
    const out = [];
    for (const filter of FILTERS) {
      const res = await postGraphQL(t.hub.gatewayUrl, COOPERATION, { year, d: filter?.districtCode ?? null }, { token: analyst });
      expect(res.body.errors).toBeUndefined();
      const s = (res.body.data as { s: { threshold: number; quarters: Row[] } }).s;
      out.push({ filter: filter?.districtCode ?? 'all', k: s.threshold, rows: s.quarters });
    }
    return out;
  }
  const countsOf = (r: Row): Array<number | null> => [
    r.referralsSent,
    r.childProtection.referralResponses,
    r.childProtection.referredChildren,
    r.childProtection.servicesToReferredChildren,
    r.workSites.peopleWorking,
    ...[r.referralsByStatus, r.ordersByStatus, r.ordersByOutcome, r.breachReports, r.childProtection.responsesByDecision].flatMap(
      (b) => b.cells.map((c) => c.count),
    ),
  ];

  it('publishes no count from 1 to k-1 and no two counts 1 to k-1 apart, and the same row in every answer', async () => {
    const all = await tables();
    const k = all[0]!.k;
    expect(k).toBe(5);
    const counts = [...new Set(all.flatMap((x) => x.rows.flatMap(countsOf)).filter((c): c is number => c !== null))].sort(
      (a, b) => a - b,
    );
    for (const n of counts) expect(n === 0 || n >= k).toBe(true);
    const recovered: string[] = [];
    for (const a of counts) for (const b of counts) if (a - b >= 1 && a - b < k) recovered.push(`${a} - ${b}`);
    expect(recovered).toEqual([]);
    // A row is computed from its own district and quarter only: filtering changes nothing in it.
    const everyDistrict = all[0]!.rows;
    for (const one of all.slice(1)) expect(one.rows).toEqual(everyDistrict.filter((r) => r.districtCode === one.filter));
    // The seeded world has small cells in every agency's part, or the test would prove nothing.
    expect(everyDistrict.some((r) => r.referralsSent === null)).toBe(true);
    expect(everyDistrict.some((r) => r.childProtection.referralResponses === null)).toBe(true);
    expect(everyDistrict.some((r) => r.childProtection.referredChildren === null)).toBe(true);
    expect(everyDistrict.some((r) => r.workSites.suppressed)).toBe(true);
  });

  it('publishes nothing about a population smaller than k: no cell, zero, median, ratio or hours', async () => {
    const [all] = await tables();
    for (const r of all!.rows) {
      if (r.referralsSent === null)
        for (const c of r.referralsByStatus.cells) expect(c).toMatchObject({ count: null, suppressed: true });
      const cp = r.childProtection;
      if (cp.referralResponses === null || cp.referralResponses === 0) {
        expect(cp.medianDaysToResponse).toBeNull();
        if (cp.referralResponses === null)
          for (const c of cp.responsesByDecision.cells) expect(c).toMatchObject({ count: null, suppressed: true });
      }
      if (cp.referredChildren === null || cp.referredChildren === 0) {
        expect(cp.servicesPerReferredChild).toBeNull();
        if (cp.referredChildren === null) expect(cp.servicesToReferredChildren).toBeNull();
      }
      if (r.workSites.peopleWorking === null)
        expect(r.workSites).toEqual({ peopleWorking: null, hoursDelivered: null, suppressed: true });
    }
  });
});
