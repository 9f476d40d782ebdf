import { Client as PgClient } from 'pg';
import { SUBGRAPH_NAMES, type SubgraphName } from '@hub/config';
import { postGraphQL, type GraphQLResponse } from '@hub/testing';
import { startTestHub, type TestHub } from './hub';

/**
 * The holes an adversarial review found, each tried again as an attacker with a valid account would:
 * through the gateway, with the demo users' tokens.
 */
let t: TestHub;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  t = await startTestHub();
  for (const u of t.world.users) tokens[u.username] = await t.tokenFor(u.username);
}, 120_000);

afterAll(async () => {
  await t?.stop();
});

const ask = (username: string, query: string, variables: Record<string, unknown> = {}, headers?: Record<string, string>) =>
  postGraphQL(t.hub.gatewayUrl, query, variables, { token: tokens[username]!, ...(headers ? { headers } : {}) });

const user = (username: string) => t.world.users.find((u) => u.username === username)!;
const clientOf = (orderId: string) =>
  t.world.clients.find((c) => c.id === t.world.orders.find((o) => o.id === orderId)!.clientId)!;

/** A digest of every row of every table of a subgraph's database, except the access log (reads append to it). */
async function checksum(name: SubgraphName): Promise<string> {
  const pg = new PgClient({ connectionString: t.hub.databaseUrls[name] });
  await pg.connect();
  try {
    const tables = await pg.query<{ tablename: string }>(
      "select tablename from pg_tables where schemaname = 'public' and tablename <> 'access_log' order by tablename",
    );
    const parts: string[] = [];
    for (const { tablename } of tables.rows) {
      const r = await pg.query<{ n: string; digest: string | null }>(
        `select count(*)::text as n, md5(string_agg(x::text, '|' order by x::text)) as digest from "${tablename}" x`,
      );
      parts.push(`${tablename}:${r.rows[0]!.n}:${r.rows[0]!.digest ?? ''}`);
    }
    return parts.join('\n');
  } finally {
    await pg.end();
  }
}

async function checksums(): Promise<Record<string, string>> {
  return Object.fromEntries(await Promise.all(SUBGRAPH_NAMES.map(async (n) => [n, await checksum(n)])));
}

const REFER = `mutation($input: ReferClientInput!) { referClient(input: $input) { referral { id } userErrors { code } } }`;
const ACCEPT = `mutation($input: AcceptReferralInput!) { acceptReferral(input: $input) {
  response { decision decidedBy reason } userErrors { code message } replayed } }`;
const DECLINE = `mutation($input: DeclineReferralInput!) { declineReferral(input: $input) {
  response { decision } userErrors { code message } replayed } }`;

/**
 * The records an attacker (pk.hendra, or another district's or provider's staff) aims at: pk.rahman's
 * children in Tanjung Jabung Barat (no protection case yet, each with a case), and pk.nurhayati's
 * client's active placement and order.
 */
function rahmanFixtures() {
  const officerOf = (username: string) => user(username).officerId!;
  const children = t.world.clients.filter(
    (c) =>
      c.officerId === officerOf('pk.rahman') &&
      c.category === 'CHILD_IN_CONFLICT' &&
      c.status !== 'CLOSED' &&
      c.districtCode === '1507' &&
      !t.world.protectionCases.some((p) => p.clientId === c.id) &&
      t.world.cases.some((k) => k.clientId === c.id),
  );
  const placement = t.world.placements.find(
    (p) => p.status === 'ACTIVE' && clientOf(p.orderId).officerId === officerOf('pk.nurhayati'),
  )!;
  const order = t.world.orders.find((o) => o.id === placement.orderId)!;
  const child = children[0]!;
  const child2 = children[1]!;
  const kase = t.world.cases.find((c) => c.clientId === child2.id)!;
  return { child, child2, placement, order, kase };
}

describe('1. every mutation checks the record, not only the role', () => {
  it('refuses a PK ending another PK\u2019s client\u2019s placement, and changes nothing', async () => {
    const { placement } = rahmanFixtures();
    const before = await checksum('worksites');
    const res = await ask(
      'pk.hendra',
      'mutation($input: EndPlacementInput!) { endPlacement(input: $input) { placement { id status } userErrors { code } } }',
      { input: { placementId: placement.id, outcome: 'REVOKED', endDate: t.world.today } },
    );
    expect(res.body.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    expect(res.body.data?.['endPlacement'] ?? null).toBeNull();
    expect(await checksum('worksites')).toBe(before);
  });
});

describe('2. placements, attendance and the hours ledger: one scope on every path', () => {
  const PLACEMENTS = `{ workSites(first: 50) { nodes { id placements(first: 20) {
    id person { displayName } attendance { id hours } order { id hoursCompleted unacceptableAbsences breachSignal } } } } }`;
  type Sites = {
    workSites: { nodes: Array<{ placements: Array<{ id: string; order: { id: string; hoursCompleted: number | null } }> }> };
  };

  it('shows a PK only the placements and hours of their own clients, through the site list and placement(id)', async () => {
    const hendra = user('pk.hendra').officerId!;
    const res = await ask('pk.hendra', PLACEMENTS);
    expect(res.body.errors).toBeUndefined();
    const seen = (res.body.data as Sites).workSites.nodes.flatMap((s) => s.placements);
    expect(seen.length).toBeGreaterThan(0);
    for (const p of seen) expect(clientOf(p.order.id).officerId).toBe(hendra);
    const { placement } = rahmanFixtures();
    const one = await ask(
      'pk.hendra',
      'query($id: ID!) { placement(id: $id) { id attendance { id } order { hoursCompleted } } }',
      {
        id: placement.id,
      },
    );
    expect(one.body.data?.['placement']).toBeNull();
  });

  it('shows the prosecutor of Tanjung Jabung Barat only orders of their district', async () => {
    const res = await ask('prosecutor.tjb', PLACEMENTS);
    expect(res.body.errors).toBeUndefined();
    const seen = (res.body.data as Sites).workSites.nodes.flatMap((s) => s.placements);
    expect(seen.length).toBeGreaterThan(0);
    for (const p of seen) expect(clientOf(p.order.id).districtCode).toBe('1507');
    const elsewhere = t.world.placements.find((p) => clientOf(p.orderId).districtCode !== '1507')!;
    const one = await ask('prosecutor.tjb', 'query($id: ID!) { placement(id: $id) { id order { hoursCompleted } } }', {
      id: elsewhere.id,
    });
    expect(one.body.data?.['placement']).toBeNull();
  });

  it('shows a site supervisor only the placements at their own provider\u2019s sites', async () => {
    const provider = user('supervisor.jmb').providerId!;
    const res = await ask('supervisor.jmb', PLACEMENTS);
    expect(res.body.errors).toBeUndefined();
    const ids = (res.body.data as Sites).workSites.nodes.flatMap((s) => s.placements.map((p) => p.id));
    for (const id of ids) {
      const site = t.world.workSites.find((s) => s.id === t.world.placements.find((p) => p.id === id)!.siteId)!;
      expect(site.providerId).toBe(provider);
    }
  });
});

describe('3. referral answers: authorise first, then replay', () => {
  it('tells another district\u2019s case manager nothing about an answered referral, neither by accepting nor by declining', async () => {
    const { child } = rahmanFixtures();
    const sent = await ask('pk.rahman', REFER, {
      input: { clientId: child.id, services: ['PSYCHOSOCIAL_SUPPORT'], reason: 'Needs counselling after the arrest.' },
    });
    const referralId = (sent.body.data as { referClient: { referral: { id: string } } }).referClient.referral.id;
    const ok = await ask('cm.tjb', ACCEPT, { input: { referralId, riskLevel: 'MEDIUM' } });
    expect((ok.body.data as { acceptReferral: { response: unknown } }).acceptReferral.response).not.toBeNull();

    const replay = await ask('cm.jmb', ACCEPT, { input: { referralId, riskLevel: 'LOW' } });
    expect(replay.body.data?.['acceptReferral']).toMatchObject({
      response: null,
      replayed: false,
      userErrors: [{ code: 'REFERRAL_NOT_FOUND' }],
    });
    const decline = await ask('cm.jmb', DECLINE, { input: { referralId, reason: 'Not our district, trying anyway.' } });
    expect(decline.body.data?.['declineReferral']).toMatchObject({
      response: null,
      userErrors: [{ code: 'REFERRAL_NOT_FOUND' }],
    });
    const short = await ask('cm.jmb', DECLINE, { input: { referralId, reason: 'x' } });
    expect(JSON.stringify(short.body)).not.toMatch(/ALREADY_ANSWERED|ACCEPTED/);
  });
});

describe('4. cost limits count what they cannot see, and one caller cannot take the hub', () => {
  const NESTED = `query($n: Int) { workSites(first: $n) { nodes { placements { site { placements { site { placements { id } } } } } } } }`;

  it('refuses a nested list with `first` in a variable, and with `first` left out (default page sizes)', async () => {
    expect((await ask('prosecutor.tjb', NESTED, { n: 100 })).status).toBe(400);
    expect((await ask('prosecutor.tjb', NESTED, {})).status).toBe(400);
    const small = await ask(
      'prosecutor.tjb',
      'query($n: Int) { workSites(first: $n) { nodes { placements(first: 5) { id } } } }',
      {
        n: 5,
      },
    );
    expect(small.status).toBe(200);
  });

  it('answers 429 with a clear message when one caller sends too many requests at once, and still serves another caller', async () => {
    const query = '{ workSites(first: 100) { nodes { name provider { name } placements(first: 20) { id hoursCredited } } } }';
    const burst = await Promise.all(Array.from({ length: 16 }, () => ask('prosecutor.tjb', query)));
    const refused = burst.filter((r) => r.status === 429);
    expect(refused.length).toBeGreaterThan(0);
    // In Bahasa Indonesia by default (test/error-language.test.ts has both languages).
    expect(refused[0]!.body.errors?.[0]?.message).toMatch(/Terlalu banyak permintaan sekaligus dari akun ini/);
    expect(refused[0]!.body.errors?.[0]?.extensions?.['code']).toBe('TOO_MANY_REQUESTS');
    expect(burst.filter((r) => r.status === 200).length).toBeGreaterThan(0);
    const other = await ask('pk.rahman', '{ clients(first: 1) { totalCount } }');
    expect(other.status).toBe(200);
  });
});

describe('6. small leaks', () => {
  it('suggests no enum value for a bad variable, at the gateway and in a subgraph', async () => {
    const res = await ask('head.bapas', 'query($s: ClientStatus) { clients(filter: {status: $s}) { totalCount } }', {
      s: 'POST_ADJUDICATIO',
    });
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body)).not.toMatch(/Did you mean/);
    const direct = await postGraphQL(
      t.hub.subgraphUrls.worksites,
      'query($s: PlacementStatus) { workSites { nodes { placements(status: $s) { id } } } }',
      { s: 'ACTIV' },
      { token: tokens['head.bapas']!, secret: t.secrets.subgraphSecrets.worksites },
    );
    expect(direct.status).toBe(400);
    expect(JSON.stringify(direct.body)).not.toMatch(/Did you mean/);
  });

  it('logs the hub\u2019s own correlation id, and the caller\u2019s apart, sanitised and bounded', async () => {
    const { child } = rahmanFixtures();
    const sent = `dashboard-1234abcd<script>${'x'.repeat(200)}`;
    const read = await ask(
      'head.bapas',
      'query Mine($id: ID!) { client(id: $id) { fullName } }',
      { id: child.id },
      {
        'x-correlation-id': sent,
      },
    );
    expect(read.status).toBe(200);
    const hubId = read.headers.get('x-correlation-id');
    expect(hubId).not.toBe(sent);
    const log = await ask(
      'auditor',
      'query($id: ID) { correctionsAccessLog(first: 100, filter: {subjectId: $id}) { nodes { operation correlationId callerCorrelationId } } }',
      { id: child.id },
    );
    expect(log.body.errors).toBeUndefined();
    const rows = (log.body.data as { correctionsAccessLog: { nodes: Array<Record<string, string | null>> } }).correctionsAccessLog
      .nodes;
    const row = rows.find((r) => r['operation']?.startsWith('Mine'))!;
    expect(row['correlationId']).toBe(hubId);
    expect(row['correlationId']).toMatch(/^[0-9a-f-]{36}$/);
    expect(row['callerCorrelationId']).toBe(`dashboard-1234abcdscript${'x'.repeat(64 - 'dashboard-1234abcdscript'.length)}`);
  });
});

describe('every mutation of every subgraph, by every role that should not reach the record', () => {
  it('is refused, and no database changes', async () => {
    const { child2: child, placement, order, kase } = rahmanFixtures();
    const tjbCase = t.world.protectionCases.find((p) => p.districtCode === '1507' && p.status !== 'CLOSED')!;
    const tjbClosedCase = t.world.protectionCases.find((p) => p.districtCode === '1507' && p.status === 'CLOSED')!;
    const tjbSite = t.world.workSites.find((s) => s.providerId === user('provider.tjb').providerId)!;
    const tjbProvider = user('provider.tjb').providerId!;
    const otherSite = t.world.workSites.find((s) => s.id !== placement.siteId && s.active)!;
    // Records created for the walk (they exist before the checksum is taken).
    const litmas = await ask(
      'pk.rahman',
      'mutation($input: RequestSocialInquiryReportInput!) { requestSocialInquiryReport(input: $input) { report { id } userErrors { code } } }',
      { input: { caseId: kase.id, purpose: 'GUIDANCE', requester: 'Kejaksaan Negeri Tanjung Jabung Barat' } },
    );
    const reportId = (litmas.body.data as { requestSocialInquiryReport: { report: { id: string } } }).requestSocialInquiryReport
      .report.id;
    const referral = await ask('pk.rahman', REFER, {
      input: { clientId: child.id, services: ['FAMILY_SUPPORT'], reason: 'Family conflict at home; asks for counselling.' },
    });
    const referralId =
      (referral.body.data as { referClient: { referral: { id: string } | null } }).referClient.referral?.id ??
      '00000000-0000-4000-8000-000000000001';
    // A breach report waiting in Kota Jambi, so the prosecutor of Tanjung Jabung Barat is the wrong one.
    const hendraOrder = t.world.orders.find(
      (o) =>
        o.status === 'ACTIVE' &&
        o.startDate <= t.world.today &&
        clientOf(o.id).officerId === user('pk.hendra').officerId &&
        clientOf(o.id).districtCode === '1571' &&
        !t.world.breachReports.some((b) => b.orderId === o.id && b.status === 'FILED'),
    )!;
    const breach = await ask(
      'pk.hendra',
      'mutation($input: FileBreachReportInput!) { fileBreachReport(input: $input) { breachReport { id } userErrors { code } } }',
      {
        input: {
          orderId: hendraOrder.id,
          absenceDates: [t.world.today],
          reasons: 'Tidak hadir tanpa alasan yang sah; tidak dapat dihubungi.',
        },
      },
    );
    const breachReportId = (breach.body.data as { fileBreachReport: { breachReport: { id: string } } }).fileBreachReport
      .breachReport.id;
    const rahmanPlan = t.world.guidancePlans.find((p) => p.officerId === user('pk.rahman').officerId)!;
    // A reporting day of that plan with no report yet (reporting days fall every reportEveryDays from the start).
    const dueDays = Array.from({ length: 12 }, (_, i) =>
      new Date(Date.parse(`${rahmanPlan.startsOn}T00:00:00Z`) + (i + 1) * rahmanPlan.reportEveryDays * 86_400_000)
        .toISOString()
        .slice(0, 10),
    );
    const dueOn = dueDays.find(
      (d) => d <= t.world.today && !t.world.guidanceReports.some((r) => r.planId === rahmanPlan.id && r.dueOn === d),
    )!;
    const agreement = t.world.agreements.find((a) => !a.terminatedOn)!;

    const site = {
      name: 'Taman Kota Uji',
      kind: 'PARK',
      districtCode: '1507',
      address: 'Jl. Uji No. 1',
      activities: ['Menyapu taman'],
      capacity: 5,
      availability: [{ weekday: 1, startTime: '08:00', endTime: '12:00' }],
      requiresProtectiveEquipment: false,
      childSuitable: true,
      nonCommercialConfirmed: true,
    };
    const outsiders = ['analyst', 'auditor', 'prosecutor.tjb', 'registrar.bapas'];
    const walk: Array<{ mutation: string; input: Record<string, unknown>; users: string[] }> = [
      // corrections: the record is pk.rahman's client, case, order, report or referral
      {
        mutation: 'registerClient',
        input: {
          registerNumber: 'REG-UJI-0001',
          fullName: 'Budi Santoso',
          nik: '1507012345670001',
          birthDate: '2010-01-01',
          sex: 'MALE',
          districtCode: '1507',
          address: 'Jl. Uji',
          guardianName: 'Santoso',
          offenseDate: '2026-10-01',
        },
        users: ['pk.hendra', 'cm.jmb', 'provider.jmb', 'prosecutor.tjb', 'analyst', 'auditor'],
      },
      {
        mutation: 'assignOfficer',
        input: { clientId: child.id, officerId: user('pk.hendra').officerId },
        users: ['pk.hendra', 'cm.tjb'],
      },
      {
        mutation: 'openCase',
        input: {
          clientId: child.id,
          caseNumber: 'UJI/2026/1',
          offenseCode: 'THEFT',
          offenseDate: '2026-10-01',
          repeatOffense: false,
        },
        users: ['pk.hendra', 'cm.tjb'],
      },
      {
        mutation: 'requestSocialInquiryReport',
        input: { caseId: kase.id, purpose: 'TRIAL', requester: 'Polres' },
        users: ['pk.hendra', 'cm.tjb'],
      },
      { mutation: 'submitSocialInquiryReport', input: { reportId, recommendation: 'Diversi.' }, users: ['pk.hendra', 'cm.tjb'] },
      {
        mutation: 'issueCommunityServiceOrder',
        input: {
          caseId: kase.id,
          orderedHours: 20,
          startDate: t.world.today,
          deadline: t.world.today,
          courtDecisionNumber: 'UJI/PID/2026',
          consentGiven: true,
        },
        users: ['pk.hendra', 'cm.tjb'],
      },
      {
        mutation: 'referClient',
        input: { clientId: child.id, services: ['FAMILY_SUPPORT'], reason: 'Trying to refer another PK\u2019s client.' },
        users: ['pk.hendra', 'cm.tjb'],
      },
      { mutation: 'withdrawReferral', input: { referralId, reason: 'Trying to withdraw it.' }, users: ['pk.hendra', 'cm.jmb'] },
      // Closing on a decline ends the sharing: only a case manager of the referred district may do it.
      {
        mutation: 'closeDeclinedReferral',
        input: { referralId, reason: 'Declined by the wrong office.' },
        users: ['cm.jmb', 'cw.tjb', 'psy.tjb', 'pk.rahman', 'pk.hendra', 'head.bapas'],
      },
      {
        mutation: 'recordSupervisionSession',
        input: { clientId: child.id, heldOn: t.world.today, kind: 'HOME_VISIT', place: 'Rumah', summary: 'Kunjungan.' },
        users: ['pk.hendra', 'cm.tjb'],
      },
      { mutation: 'changeClientStatus', input: { clientId: child.id, status: 'CLOSED' }, users: ['pk.hendra', 'cm.tjb'] },
      { mutation: 'advanceCaseStage', input: { caseId: kase.id, stage: 'ADJUDICATION' }, users: ['pk.hendra'] },
      { mutation: 'startDiversion', input: { caseId: kase.id, startedOn: t.world.today }, users: ['pk.hendra'] },
      { mutation: 'recordDiversionOutcome', input: { caseId: kase.id, outcome: 'FAILED' }, users: ['pk.hendra'] },
      { mutation: 'changeOrderStatus', input: { orderId: order.id, status: 'REVOKED' }, users: ['pk.hendra', 'supervisor.tjb'] },
      {
        mutation: 'recordDiversionTrigger',
        input: { caseId: kase.id, trigger: 'INVESTIGATION_STARTED', on: t.world.today },
        users: ['pk.hendra', 'pk.nurhayati', 'cm.tjb'],
      },
      {
        mutation: 'fileBreachReport',
        input: { orderId: order.id, absenceDates: [t.world.today], reasons: 'Filed by a PK who is not assigned to the client.' },
        users: ['pk.hendra', 'pk.rahman', 'supervisor.tjb', 'provider.tjb'],
      },
      // The report is on a Kota Jambi order: only the prosecutor of Kota Jambi decides it.
      {
        mutation: 'recordBreachOutcome',
        input: { reportId: breachReportId, outcome: 'REPEAT_HOURS', amount: 5, decisionReference: 'B-UJI/L.5.17/2026' },
        users: ['pk.hendra', 'head.bapas', 'supervisor.jmb'],
      },
      {
        mutation: 'setGuidancePlan',
        input: {
          clientId: child.id,
          startsOn: t.world.today,
          endsOn: '2027-05-20',
          reportEveryDays: 14,
          goals: 'Set by another PK.',
        },
        users: ['pk.hendra', 'pk.nurhayati', 'cm.tjb'],
      },
      {
        mutation: 'recordGuidanceReport',
        input: { planId: rahmanPlan.id, dueOn, reportedOn: dueOn, mode: 'OFFICE' },
        users: ['pk.hendra', 'pk.nurhayati', 'cm.tjb'],
      },
      // The decision names pk.rahman as the PK who took part: another PK may not record it for him.
      {
        mutation: 'recordUnder12Decision',
        input: {
          childFullName: 'Rudi Hartono',
          childBirthDate: '2016-03-03',
          sex: 'MALE',
          guardianName: 'Hartono',
          districtCode: '1507',
          offenseDate: '2026-10-01',
          offenseDescription: 'Mengambil sepeda tetangga.',
          investigator: 'Aipda Uji, Unit PPA Polres Tanjung Jabung Barat',
          officerId: user('pk.rahman').officerId,
          socialWorker: 'Sakti Peksos Uji',
          decidedOn: '2026-10-10',
          outcome: 'RETURN_TO_PARENTS',
        },
        users: ['pk.hendra', 'pk.nurhayati', 'cm.tjb', 'cw.tjb'],
      },
      // Agreements and capacity building are the head of Bapas's alone.
      {
        mutation: 'registerCooperationAgreement',
        input: {
          number: 'PKS/UJI/2026',
          title: 'Perjanjian kerja sama uji',
          signedOn: '2026-11-01',
          effectiveFrom: '2026-11-01',
          districtCodes: ['1507'],
          parties: [
            { agency: 'BAPAS', name: 'Bapas Kelas I Jambi' },
            { agency: 'DP3AP2KB', name: 'DP3AP2KB Tanjung Jabung Barat', districtCode: '1507' },
          ],
          signatories: [
            { name: 'Penandatangan Satu', position: 'Kepala', agency: 'BAPAS' },
            { name: 'Penandatangan Dua', position: 'Kepala Dinas', agency: 'DP3AP2KB' },
          ],
          services: ['FAMILY_SUPPORT'],
          dataSharing: [{ fromAgency: 'BAPAS', toAgency: 'DP3AP2KB', data: ['REFERRAL'], purpose: 'Rujukan layanan.' }],
        },
        users: ['pk.rahman', 'cm.tjb', 'cm.jmb', 'provider.tjb', 'prosecutor.jmb'],
      },
      {
        mutation: 'terminateCooperationAgreement',
        input: { agreementId: agreement.id, terminatedOn: t.world.today, reason: 'Ended by someone who did not sign it.' },
        users: ['pk.rahman', 'cm.tjb', 'cm.jmb', 'provider.tjb', 'prosecutor.jmb'],
      },
      {
        mutation: 'recordCapacityBuildingEvent',
        input: {
          heldOn: t.world.today,
          agency: 'DP3AP2KB',
          districtCode: '1507',
          kind: 'TRAINING',
          title: 'Pelatihan uji',
          participants: 20,
        },
        users: ['pk.rahman', 'cm.tjb', 'cm.jmb', 'provider.tjb', 'prosecutor.jmb'],
      },
      // child protection: the record is a Tanjung Jabung Barat case or referral
      {
        mutation: 'recordPsychosocialService',
        input: { protectionCaseId: tjbCase.id, kind: 'COUNSELLING', deliveredAt: '2026-11-19T03:00:00Z', attended: true },
        users: ['psy.jmb', 'cw.jmb', 'cm.jmb', 'pk.rahman'],
      },
      { mutation: 'acceptReferral', input: { referralId, riskLevel: 'LOW' }, users: ['cm.jmb', 'cw.tjb', 'pk.rahman'] },
      {
        mutation: 'declineReferral',
        input: { referralId, reason: 'Declined by the wrong office.' },
        users: ['cm.jmb', 'cw.tjb'],
      },
      {
        mutation: 'changeProtectionCaseStatus',
        input: { protectionCaseId: tjbCase.id, status: 'MONITORING' },
        users: ['cm.jmb', 'cw.jmb'],
      },
      {
        mutation: 'closeProtectionCase',
        input: { protectionCaseId: tjbCase.id, reason: 'GOALS_MET', summary: 'Closed by the wrong office.' },
        users: ['cm.jmb', 'psy.jmb'],
      },
      {
        mutation: 'reopenProtectionCase',
        input: { protectionCaseId: tjbClosedCase.id, reason: 'Reopened by the wrong office.' },
        users: ['cm.jmb', 'cw.tjb', 'psy.tjb', 'pk.rahman'],
      },
      {
        mutation: 'assignCaseworker',
        input: { protectionCaseId: tjbCase.id, caseworkerId: user('cw.jmb').caseworkerId },
        users: ['cm.jmb', 'cw.jmb'],
      },
      {
        mutation: 'openProtectionCase',
        input: {
          childRole: 'VICTIM',
          districtCode: '1507',
          concerns: ['PHYSICAL'],
          riskLevel: 'LOW',
          child: { fullName: 'Siti Aminah', sex: 'FEMALE', birthDate: '2015-05-05' },
        },
        users: ['cm.jmb', 'cw.jmb', 'pk.rahman'],
      },
      {
        mutation: 'recordAssessment',
        input: { protectionCaseId: tjbCase.id, assessedOn: t.world.today, riskLevel: 'LOW', needs: ['SAFETY'] },
        users: ['cm.jmb', 'cw.jmb', 'psy.jmb'],
      },
      {
        mutation: 'setInterventionPlan',
        input: { protectionCaseId: tjbCase.id, goals: 'Goals set by the wrong office.', plannedServices: ['COUNSELLING'] },
        users: ['cm.jmb', 'cw.jmb'],
      },
      // worksites: the record is pk.rahman's placement or order, or provider.tjb's site
      {
        mutation: 'recordAttendance',
        input: { placementId: placement.id, date: t.world.today, hours: 1, outcome: 'ATTENDED', idempotencyKey: 'walk-1' },
        users: ['pk.hendra', 'supervisor.jmb', 'provider.jmb'],
      },
      {
        mutation: 'placeOrder',
        input: { orderId: order.id, siteId: otherSite.id, startDate: t.world.today },
        users: ['pk.hendra', 'supervisor.tjb', 'provider.tjb'],
      },
      {
        mutation: 'endPlacement',
        input: { placementId: placement.id, outcome: 'REVOKED', endDate: t.world.today },
        users: ['pk.hendra', 'supervisor.tjb', 'provider.tjb'],
      },
      {
        mutation: 'registerProvider',
        input: { name: 'Yayasan Uji', kind: 'SOCIAL', districtCode: '1507' },
        users: ['pk.rahman', 'provider.tjb', 'supervisor.tjb'],
      },
      {
        mutation: 'registerWorkSite',
        input: { ...site, providerId: tjbProvider },
        users: ['provider.jmb', 'supervisor.tjb', 'pk.rahman'],
      },
      {
        mutation: 'updateWorkSite',
        input: { ...site, siteId: tjbSite.id },
        users: ['provider.jmb', 'supervisor.tjb', 'pk.rahman'],
      },
      { mutation: 'deactivateWorkSite', input: { siteId: tjbSite.id }, users: ['provider.jmb', 'supervisor.tjb', 'pk.rahman'] },
    ];

    // Every mutation of the composed schema is walked.
    const schema = await ask(
      'head.bapas',
      '{ __schema { mutationType { fields { name args { name type { ofType { name } } } } } } }',
    );
    const fields = (
      schema.body.data as {
        __schema: {
          mutationType: {
            fields: Array<{ name: string; args: Array<{ name: string; type: { ofType: { name: string } | null } }> }>;
          };
        };
      }
    ).__schema.mutationType.fields;
    expect(fields.map((f) => f.name).sort()).toEqual(walk.map((w) => w.mutation).sort());

    const before = await checksums();
    const failures: string[] = [];
    for (const step of walk) {
      const field = fields.find((f) => f.name === step.mutation)!;
      const inputType = field.args[0]!.type.ofType!.name;
      const argName = field.args[0]!.name;
      // The registrar registers clients: a create with no record of another scope.
      const everyone = [...new Set([...step.users, ...outsiders])].filter(
        (u) => !(step.mutation === 'registerClient' && u === 'registrar.bapas'),
      );
      for (const username of everyone) {
        const res: GraphQLResponse = await ask(
          username,
          `mutation($input: ${inputType}!) { r: ${step.mutation}(${argName}: $input) { __typename } }`,
          { input: argName === 'input' ? step.input : Object.values(step.input)[0] },
        );
        const codes = (res.body.errors ?? []).map((e) => e.extensions?.['code']);
        const refusedByError =
          res.status === 200 && codes.length > 0 && codes.every((c) => c === 'FORBIDDEN' || c === 'NOT_FOUND');
        let refusedByPayload = false;
        if (!refusedByError && res.status === 200 && !res.body.errors) {
          // Allowed role: the payload must carry the refusal (not found for this caller), with nothing returned.
          const again = await ask(
            username,
            `mutation($input: ${inputType}!) { r: ${step.mutation}(${argName}: $input) { userErrors { code } } }`,
            { input: argName === 'input' ? step.input : Object.values(step.input)[0] },
          );
          const userCodes = ((again.body.data?.['r'] as { userErrors?: Array<{ code: string }> } | null)?.userErrors ?? []).map(
            (e) => e.code,
          );
          refusedByPayload = userCodes.some((c) => /NOT_FOUND|NOT_YOURS|FORBIDDEN|OTHER_DISTRICT|NOT_ASSIGNED/.test(c));
          if (!refusedByPayload) failures.push(`${step.mutation} by ${username}: ${JSON.stringify(again.body)}`);
          continue;
        }
        if (!refusedByError) failures.push(`${step.mutation} by ${username}: ${res.status} ${JSON.stringify(res.body)}`);
      }
    }
    expect(failures).toEqual([]);
    expect(await checksums()).toEqual(before);
  }, 120_000);
});
