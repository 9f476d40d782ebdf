import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { DISTRICTS } from '@hub/reference';
import { postGraphQL, type GraphQLResponse } from '@hub/testing';
import { startTestHub, type TestHub } from './hub';

/**
 * The joint monitoring of the cooperation agreement across the three agencies, through the gateway:
 * Bapas owns the rows (district × quarter), DP3AP2KB and the work-site providers each add their part
 * through `_entities`; every count suppressed like every aggregate; one agency away nulls only its part.
 */
let t: TestHub;

// Short deadlines, so that a hung agency costs this file a second, not the production five.
beforeAll(async () => {
  t = await startTestHub({
    gatewayEnv: { SUBGRAPH_TIMEOUT_MS: '1000', SUBGRAPH_BREAKER_FAILURES: '2', SUBGRAPH_BREAKER_COOLDOWN_MS: '1000' },
  });
});

afterAll(async () => {
  await t?.stop();
});

const JOINT = readFileSync(join(__dirname, '..', 'schema', 'operations', 'joint-monitoring.graphql'), 'utf8');

interface Cell {
  key: string;
  count: number | null;
  value?: number | null;
  suppressed: boolean;
}
interface Row {
  year: number;
  quarter: number;
  district: { code: string; name: string };
  referralsSent: number | null;
  referralsByStatus: { cells: Cell[] };
  ordersByOutcome: { cells: Cell[] };
  breachReports: { cells: Cell[] };
  capacityBuilding: { cells: Cell[] };
  childProtection: {
    referralResponses: number | null;
    responsesByDecision: { cells: Cell[] };
    medianDaysToResponse: number | null;
    referredChildren: number | null;
    servicesToReferredChildren: number | null;
    servicesPerReferredChild: number | null;
  } | null;
  workSites: { peopleWorking: number | null; hoursDelivered: number | null; suppressed: boolean } | null;
}
type Joint = { cooperationStatistics: { year: number; threshold: number; quarters: Row[] } };

const DAY = 86_400_000;
const jakartaDay = (iso: string | number) => new Date(new Date(iso).getTime() + 7 * 3_600_000).toISOString().slice(0, 10);
const now = jakartaDay(Date.now());
const YEAR = Number(now.slice(0, 4));
const QUARTER = Math.floor((Number(now.slice(5, 7)) - 1) / 3) + 1;
const qFrom = Date.parse(`${YEAR}-${String((QUARTER - 1) * 3 + 1).padStart(2, '0')}-01T00:00:00+07:00`);
const qUntil =
  QUARTER === 4
    ? Date.parse(`${YEAR + 1}-01-01T00:00:00+07:00`)
    : Date.parse(`${YEAR}-${String(QUARTER * 3 + 1).padStart(2, '0')}-01T00:00:00+07:00`);
const inQuarter = (iso: string) => Date.parse(iso) >= qFrom && Date.parse(iso) < qUntil;
const round1 = (n: number) => Math.round(n * 10) / 10;
const median = (v: number[]) => {
  const s = [...v].sort((a, b) => a - b);
  const m = Math.floor(s.length / 2);
  return s.length % 2 ? s[m]! : (s[m - 1]! + s[m]!) / 2;
};
/** A published count of a true count n: 0, null below k, else n rounded down or up to a multiple of k. */
const publishedOf = (n: number, k = 5) => (n === 0 ? [0] : n < k ? [null] : [Math.floor(n / k) * k, Math.ceil(n / k) * k]);

async function ask(username: string, variables: Record<string, unknown>, query = JOINT): Promise<GraphQLResponse<Joint>> {
  return postGraphQL<Joint>(t.hub.gatewayUrl, query, variables, { token: await t.tokenFor(username) });
}

async function data<T>(username: string, query: string, variables: Record<string, unknown>): Promise<T> {
  const res = await postGraphQL<T>(t.hub.gatewayUrl, query, variables, {
    token: await t.tokenFor(username),
    headers: { 'accept-language': 'en' },
  });
  if (res.body.errors) throw new Error(JSON.stringify(res.body.errors));
  return res.body.data as T;
}

const REFER = `mutation($input: ReferClientInput!) { referClient(input: $input) { referral { id sentAt } userErrors { code message } } }`;
const ACCEPT = `mutation($input: AcceptReferralInput!) { acceptReferral(input: $input) {
  response { decidedAt protectionCase { id } } userErrors { code message } } }`;
const DECLINE = `mutation($input: DeclineReferralInput!) { declineReferral(input: $input) { response { decidedAt } userErrors { code message } } }`;
const SERVICE = `mutation($input: RecordPsychosocialServiceInput!) { recordPsychosocialService(input: $input) { userErrors { code message } } }`;

describe('the joint monitoring of the cooperation agreement, across the three agencies through the gateway', () => {
  // What this file adds in the current quarter in Tanjung Jabung Barat: referrals answered, services.
  const added = { days: [] as number[], accepted: [] as string[], children: [] as string[], services: 0 };

  beforeAll(async () => {
    const w = t.world;
    const candidates = w.clients.filter(
      (c) =>
        c.districtCode === '1507' &&
        c.category === 'CHILD_IN_CONFLICT' &&
        c.status !== 'CLOSED' &&
        c.officerId &&
        !w.referrals.some((r) => r.clientId === c.id && r.status === 'OPEN'),
    );
    expect(candidates.length).toBeGreaterThanOrEqual(6);
    const caseworker = w.users.find((u) => u.username === 'cw.tjb')!;
    for (const [i, client] of candidates.slice(0, 6).entries()) {
      const sent = await data<{ referClient: { referral: { id: string; sentAt: string } } }>('head.bapas', REFER, {
        input: {
          clientId: client.id,
          services: ['PSYCHOSOCIAL_SUPPORT'],
          reason: 'Pendampingan psikososial setelah penangkapan.',
        },
      });
      const referral = sent.referClient.referral;
      if (i < 4) {
        const accepted = await data<{
          acceptReferral: { response: { decidedAt: string; protectionCase: { id: string } }; userErrors: unknown[] };
        }>('cm.tjb', ACCEPT, { input: { referralId: referral.id, caseworkerId: caseworker.caseworkerId } });
        expect(accepted.acceptReferral.userErrors).toEqual([]);
        added.days.push((Date.parse(accepted.acceptReferral.response.decidedAt) - Date.parse(referral.sentAt)) / DAY);
        added.accepted.push(accepted.acceptReferral.response.protectionCase.id);
        added.children.push(client.id);
      } else {
        const declined = await data<{ declineReferral: { response: { decidedAt: string }; userErrors: unknown[] } }>(
          'cm.tjb',
          DECLINE,
          { input: { referralId: referral.id, reason: 'Anak sudah didampingi lembaga lain di kecamatannya.' } },
        );
        expect(declined.declineReferral.userErrors).toEqual([]);
        added.days.push((Date.parse(declined.declineReferral.response.decidedAt) - Date.parse(referral.sentAt)) / DAY);
      }
    }
    // Three services for each accepted child, by its caseworker; one missed (not attended: not counted).
    for (const protectionCaseId of added.accepted) {
      for (const attended of [true, true, false]) {
        const recorded = await data<{ recordPsychosocialService: { userErrors: unknown[] } }>('cw.tjb', SERVICE, {
          input: { protectionCaseId, kind: 'COUNSELLING', deliveredAt: new Date(Date.now() - 60_000).toISOString(), attended },
        });
        expect(recorded.recordPsychosocialService.userErrors).toEqual([]);
        if (attended) added.services += 1;
      }
    }
  });

  it("answers an analyst with every agency's figures by district and quarter, each count suppressed or rounded to base k", async () => {
    const res = await ask('analyst', { year: YEAR });
    expect(res.body.errors).toBeUndefined();
    const s = res.body.data!.cooperationStatistics;
    const k = s.threshold;
    expect(k).toBe(5);
    // Every quarter of every Jambi district: the rows do not depend on the data.
    expect(s.quarters.map((q) => `${q.district.code}:${q.quarter}`)).toEqual(
      DISTRICTS.flatMap((d) => [1, 2, 3, 4].map((q) => `${d.code}:${q}`)),
    );
    const counts: Array<number | null> = [];
    for (const q of s.quarters) {
      expect(q.childProtection).not.toBeNull();
      expect(q.workSites).not.toBeNull();
      counts.push(
        q.referralsSent,
        q.childProtection!.referralResponses,
        q.childProtection!.referredChildren,
        q.childProtection!.servicesToReferredChildren,
        q.workSites!.peopleWorking,
        ...[q.referralsByStatus, q.ordersByOutcome, q.breachReports, q.childProtection!.responsesByDecision].flatMap((b) =>
          b.cells.map((c) => c.count),
        ),
      );
      // A median or a ratio only when it describes k people or more.
      if (q.childProtection!.referralResponses === null) expect(q.childProtection!.medianDaysToResponse).toBeNull();
      if (q.childProtection!.referredChildren === null) expect(q.childProtection!.servicesPerReferredChild).toBeNull();
      if (q.workSites!.suppressed) expect(q.workSites).toEqual({ peopleWorking: null, hoursDelivered: null, suppressed: true });
    }
    for (const c of counts) expect(c === null || c === 0 || (c >= k && c % k === 0)).toBe(true);
    expect(counts.some((c) => c !== null && c > 0)).toBe(true);
  });

  it("publishes DP3AP2KB's responses, median days to a response and services per referred child from its own records", async () => {
    const w = t.world;
    const res = await ask('analyst', { year: YEAR, districtCode: '1507' });
    const row = res.body.data!.cooperationStatistics.quarters.find((q) => q.quarter === QUARTER)!;
    const cp = row.childProtection!;
    // The truth, from the seeded world and what this file added.
    const referrals = new Map(w.referrals.map((r) => [r.id, r]));
    const seeded = w.referralResponses.filter(
      (r) => referrals.get(r.referralId)!.districtCode === '1507' && inQuarter(r.decidedAt),
    );
    const days = [
      ...seeded.map((r) => (Date.parse(r.decidedAt) - Date.parse(referrals.get(r.referralId)!.sentAt)) / DAY),
      ...added.days,
    ];
    expect(publishedOf(days.length)).toContain(cp.referralResponses);
    expect(cp.medianDaysToResponse).toBe(round1(median(days)));
    const accepted = cp.responsesByDecision.cells.find((c) => c.key === 'ACCEPTED')!;
    expect(publishedOf(seeded.filter((r) => r.decision === 'ACCEPTED').length + 4)).toContain(accepted.count);

    const referredCase = new Set(w.referralResponses.flatMap((r) => (r.protectionCaseId ? [r.protectionCaseId] : [])));
    const open = w.protectionCases.filter(
      (pc) =>
        referredCase.has(pc.id) &&
        pc.districtCode === '1507' &&
        Date.parse(pc.openedAt) < qUntil &&
        (pc.closedAt === null || Date.parse(pc.closedAt) >= qFrom),
    );
    const children = new Set([...open.map((pc) => pc.clientId!), ...added.children]);
    const openIds = new Set(open.map((pc) => pc.id));
    const services =
      w.services.filter((s) => openIds.has(s.protectionCaseId) && s.attended && inQuarter(s.deliveredAt)).length + added.services;
    expect(children.size).toBeGreaterThanOrEqual(5);
    expect(publishedOf(children.size)).toContain(cp.referredChildren);
    expect(publishedOf(services)).toContain(cp.servicesToReferredChildren);
    expect(cp.servicesPerReferredChild).toBe(round1(services / children.size));
  });

  it("publishes the hours the work-site providers' ledger credited in the quarter, by the order's district", async () => {
    const w = t.world;
    const res = await ask('analyst', { year: YEAR });
    const placements = new Map(w.placements.map((p) => [p.id, p]));
    const orders = new Map(w.orders.map((o) => [o.id, o]));
    const clients = new Map(w.clients.map((c) => [c.id, c]));
    const truth = new Map<string, { people: Set<string>; hours: number }>();
    for (const a of w.attendance) {
      if (a.outcome !== 'ATTENDED' || a.hours <= 0 || !a.date.startsWith(String(YEAR))) continue;
      const p = placements.get(a.placementId)!;
      const key = `${clients.get(orders.get(p.orderId)!.clientId)!.districtCode}:${Math.floor((Number(a.date.slice(5, 7)) - 1) / 3) + 1}`;
      const cell = truth.get(key) ?? { people: new Set<string>(), hours: 0 };
      cell.people.add(p.orderId);
      cell.hours += a.hours;
      truth.set(key, cell);
    }
    let published = 0;
    for (const q of res.body.data!.cooperationStatistics.quarters) {
      const cell = truth.get(`${q.district.code}:${q.quarter}`) ?? { people: new Set<string>(), hours: 0 };
      expect(publishedOf(cell.people.size)).toContain(q.workSites!.peopleWorking);
      if (q.workSites!.peopleWorking) {
        published += 1;
        expect([Math.floor(cell.hours / 10) * 10, Math.ceil(cell.hours / 10) * 10]).toContain(q.workSites!.hoursDelivered);
      }
    }
    expect(published).toBeGreaterThan(0);
  });

  it('gives the same row in every answer, and costs the same fetches and statements for one district as for all', async () => {
    const all = await ask('analyst', { year: YEAR });
    const one = await ask('analyst', { year: YEAR, districtCode: '1507' });
    expect(one.body.data!.cooperationStatistics.quarters).toEqual(
      all.body.data!.cooperationStatistics.quarters.filter((q) => q.district.code === '1507'),
    );
    // Corrections, then one `_entities` call to each of the other two agencies, whatever the number of rows.
    for (const res of [all, one]) expect(res.headers.get('x-hub-subgraph-fetches')).toBe('3');
    expect(one.headers.get('x-hub-sql-statements')).toBe(all.headers.get('x-hub-sql-statements'));
  });

  it("answers the parties' heads, and refuses a PK, the prosecutor and the auditor", async () => {
    for (const username of ['head.bapas', 'cm.tjb']) {
      const res = await ask(username, { year: YEAR, districtCode: '1507' });
      expect([username, res.body.errors]).toEqual([username, undefined]);
    }
    for (const username of ['pk.rahman', 'prosecutor.tjb', 'auditor']) {
      const res = await ask(username, { year: YEAR });
      expect([username, res.body.errors?.[0]?.extensions?.['code']]).toEqual([username, 'FORBIDDEN']);
    }
  });

  it('refuses a year before the agreement and an unknown district, naming the argument', async () => {
    const early = await ask('analyst', { year: 2020 });
    expect(early.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'year' });
    const unknown = await ask('analyst', { year: YEAR, districtCode: '9999' });
    expect(unknown.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'districtCode' });
  });
});

describe('the joint monitoring when one agency is away', () => {
  // One asked in the default language (Indonesian), one in English: the message follows Accept-Language.
  const agencies = [
    {
      subgraph: 'child-protection',
      agency: 'CHILD_PROTECTION',
      part: 'childProtection',
      other: 'workSites',
      language: null,
      message: 'Data Dinas P3AP2KB sedang tidak tersedia; bagian lain dari jawaban tetap dikirim.',
    },
    {
      subgraph: 'worksites',
      agency: 'WORKSITES',
      part: 'workSites',
      other: 'childProtection',
      language: 'en',
      message: 'Data from the work-site providers is unavailable right now; the rest of the answer is sent.',
    },
  ] as const;

  it.each(agencies)(
    "nulls only $agency's part, each row with AGENCY_UNAVAILABLE, and answers whole again when it is back",
    async (a) => {
      const proc = t.hub.processes.find((p) => p.name === a.subgraph)!;
      proc.child.kill('SIGSTOP');
      let res: GraphQLResponse<Joint>;
      try {
        res = await postGraphQL<Joint>(
          t.hub.gatewayUrl,
          JOINT,
          { year: YEAR, districtCode: '1507' },
          { token: await t.tokenFor('analyst'), headers: a.language ? { 'accept-language': a.language } : {} },
        );
      } finally {
        proc.child.kill('SIGCONT');
      }
      const rows = res.body.data!.cooperationStatistics.quarters;
      expect(rows).toHaveLength(4);
      for (const q of rows) {
        expect(q[a.part]).toBeNull();
        expect(q[a.other]).not.toBeNull();
        expect(q.ordersByOutcome.cells.length).toBeGreaterThan(0);
      }
      const errors = res.body.errors ?? [];
      expect(errors.length).toBeGreaterThan(0);
      for (const e of errors) {
        expect(e).toMatchObject({ message: a.message, extensions: { code: 'AGENCY_UNAVAILABLE', agency: a.agency } });
        expect(e.path).toEqual(expect.arrayContaining(['cooperationStatistics', 'quarters']));
      }
      // Back: the circuit closes after its cool-down and the part comes back.
      for (let i = 0; i < 50; i += 1) {
        const again = await ask('analyst', { year: YEAR, districtCode: '1507' });
        if (!again.body.errors) {
          expect(again.body.data!.cooperationStatistics.quarters.every((q) => q[a.part] !== null)).toBe(true);
          return;
        }
        await new Promise((r) => setTimeout(r, 200));
      }
      throw new Error(`${a.agency} did not come back`);
    },
  );
});
