import { postGraphQL } from '@hub/testing';
import { idDate } from '@hub/errors';
import { startTestHub, type TestHub } from './hub';

let t: TestHub;

beforeAll(async () => {
  t = await startTestHub();
});

afterAll(async () => {
  await t?.stop();
});

type UserErrors = Array<{ field: string; code: string; message: string; article: string | null }>;

async function gql<T>(username: string, query: string, variables: Record<string, unknown> = {}, language = 'en'): Promise<T> {
  const res = await postGraphQL(t.hub.gatewayUrl, query, variables, {
    token: await t.tokenFor(username),
    headers: { 'accept-language': language },
  });
  if (res.body.errors) throw new Error(JSON.stringify(res.body.errors));
  return res.body.data as T;
}

const FILE = `mutation($input: FileBreachReportInput!) { fileBreachReport(input: $input) {
  breachReport { id status unacceptableAbsences order { id status } } userErrors { field code article } replayed } }`;
const DECIDE = `mutation($input: RecordBreachOutcomeInput!) { recordBreachOutcome(input: $input) {
  breachReport { id status outcome legalBasis amount decidedBy order { id status } } userErrors { field code article } } }`;
const INBOX = `{ breachReports(status: FILED, first: 50) { totalCount nodes { id reasons order { id } } } }`;

describe('a breach of community service, end to end through the gateway (KUHP Art. 85(7), 85(8))', () => {
  it("the PK files on a child's order, the district's prosecutor decides from the inbox with the legal basis, and the order follows", async () => {
    const w = t.world;
    const nurhayati = w.users.find((u) => u.username === 'pk.nurhayati')!;
    const order = w.orders.find(
      (o) =>
        o.status === 'ACTIVE' &&
        w.clients.find((c) => c.id === o.clientId)!.officerId === nurhayati.officerId &&
        !w.breachReports.some((b) => b.orderId === o.id),
    )!;
    expect(order.kind).toBe('PELAYANAN_MASYARAKAT');
    const input = {
      orderId: order.id,
      absenceDates: [order.startDate],
      reasons: 'Tidak hadir tiga kali tanpa alasan yang sah meskipun sudah ditegur.',
      idempotencyKey: `breach-${order.id}`,
    };

    const stranger = await postGraphQL(t.hub.gatewayUrl, FILE, { input }, { token: await t.tokenFor('pk.rahman') });
    expect(stranger.body.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    const bad = await gql<{ fileBreachReport: { userErrors: UserErrors } }>('pk.nurhayati', FILE, {
      input: { ...input, reasons: 'absent', absenceDates: [], idempotencyKey: null },
    });
    expect(bad.fileBreachReport.userErrors.map((e) => e.code)).toEqual(['ABSENCES_REQUIRED', 'REASONS_REQUIRED']);
    const filed = await gql<{ fileBreachReport: { breachReport: { id: string; status: string; order: { status: string } } } }>(
      'pk.nurhayati',
      FILE,
      { input },
    );
    expect(filed.fileBreachReport.breachReport).toMatchObject({ status: 'FILED', order: { status: 'ACTIVE' } });
    const reportId = filed.fileBreachReport.breachReport.id;

    // The prosecutor of the district sees it in the inbox; the other district's prosecutor does not, nor decides.
    const inbox = await gql<{ breachReports: { nodes: Array<{ id: string }> } }>('prosecutor.tjb', INBOX);
    expect(inbox.breachReports.nodes.map((n) => n.id)).toContain(reportId);
    const elsewhere = await gql<{ breachReports: { nodes: Array<{ id: string }> } }>('prosecutor.jmb', INBOX);
    expect(elsewhere.breachReports.nodes.map((n) => n.id)).not.toContain(reportId);
    const decide = (outcome: string, amount: number | null) => ({
      input: { reportId, outcome, amount, decisionReference: 'B-77/L.5.14/Eku.3/2026' },
    });
    const foreign = await postGraphQL(t.hub.gatewayUrl, DECIDE, decide('REPEAT_HOURS', 1), {
      token: await t.tokenFor('prosecutor.jmb'),
    });
    expect(foreign.body.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    const byPk = await postGraphQL(t.hub.gatewayUrl, DECIDE, decide('NO_BREACH', null), {
      token: await t.tokenFor('pk.nurhayati'),
    });
    expect(byPk.body.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');

    // A child's order replaces no prison term (SPPA Art. 76(2)); the hours repeated are at most the ordered ones.
    const prison = await gql<{ recordBreachOutcome: { userErrors: UserErrors } }>(
      'prosecutor.tjb',
      DECIDE,
      decide('SERVE_REPLACED_PRISON', 1),
    );
    expect(prison.recordBreachOutcome.userErrors).toEqual([
      { field: 'input.outcome', code: 'OUTCOME_NOT_AVAILABLE', article: 'SPPA Art. 76(2)' },
    ]);
    const tooMany = await gql<{ recordBreachOutcome: { userErrors: UserErrors } }>(
      'prosecutor.tjb',
      DECIDE,
      decide('REPEAT_HOURS', order.orderedHours + 1),
    );
    expect(tooMany.recordBreachOutcome.userErrors.map((e) => [e.code, e.article])).toEqual([
      ['AMOUNT_OUT_OF_RANGE', 'SPPA Art. 76(2)'],
    ]);
    const decided = await gql<{ recordBreachOutcome: { breachReport: Record<string, unknown>; userErrors: UserErrors } }>(
      'prosecutor.tjb',
      DECIDE,
      decide('REPEAT_HOURS', order.orderedHours),
    );
    expect(decided.recordBreachOutcome.userErrors).toEqual([]);
    expect(decided.recordBreachOutcome.breachReport).toMatchObject({
      status: 'DECIDED',
      outcome: 'REPEAT_HOURS',
      legalBasis: 'SPPA Art. 76(2)',
      amount: order.orderedHours,
      decidedBy: 'prosecutor.tjb',
      order: { id: order.id, status: 'BREACHED' },
    });
    const again = await gql<{ recordBreachOutcome: { userErrors: UserErrors } }>(
      'prosecutor.tjb',
      DECIDE,
      decide('NO_BREACH', null),
    );
    expect(again.recordBreachOutcome.userErrors.map((e) => e.code)).toEqual(['ALREADY_DECIDED']);

    // The PK and the head see the report on the order; another PK does not.
    const ORDER = `query($id: ID!) { communityServiceOrder(id: $id) { status breachReports { id outcome legalBasis } } }`;
    for (const viewer of ['pk.nurhayati', 'head.bapas']) {
      const seen = await gql<{ communityServiceOrder: { status: string; breachReports: Array<{ id: string }> } }>(viewer, ORDER, {
        id: order.id,
      });
      expect(seen.communityServiceOrder.status).toBe('BREACHED');
      expect(seen.communityServiceOrder.breachReports.map((b) => b.id)).toContain(reportId);
    }
    const other = await gql<{ breachReports: { nodes: Array<{ id: string }> } }>(
      'pk.rahman',
      '{ breachReports(first: 50) { nodes { id } } }',
    );
    expect(other.breachReports.nodes.map((n) => n.id)).not.toContain(reportId);

    // Reading the report's reasons is in the access log, for the auditor.
    const log = await gql<{ correctionsAccessLog: { nodes: Array<{ actor: string; subjectType: string; fields: string[] }> } }>(
      'auditor',
      'query($id: ID!) { correctionsAccessLog(first: 20, filter: { subjectId: $id }) { nodes { actor subjectType fields } } }',
      { id: reportId },
    );
    expect(log.correctionsAccessLog.nodes).toEqual(
      expect.arrayContaining([
        expect.objectContaining({ actor: 'prosecutor.tjb', subjectType: 'BreachReport', fields: ['reasons'] }),
      ]),
    );
  });

  it("an adult's breach: the head files, the prosecutor orders the replaced prison term served, within the term (KUHP Art. 85(7)(b))", async () => {
    const w = t.world;
    const order = w.orders.find(
      (o) =>
        o.status === 'ACTIVE' &&
        o.replacedPrisonMonths &&
        w.clients.find((c) => c.id === o.clientId)!.districtCode === '1507' &&
        !w.breachReports.some((b) => b.orderId === o.id),
    )!;
    const filed = await gql<{ fileBreachReport: { breachReport: { id: string } } }>('head.bapas', FILE, {
      input: { orderId: order.id, absenceDates: [order.startDate], reasons: 'Tidak datang ke lokasi kerja sosial tanpa kabar.' },
    });
    const reportId = filed.fileBreachReport.breachReport.id;
    const decide = (amount: number) => ({
      input: { reportId, outcome: 'SERVE_REPLACED_PRISON', amount, decisionReference: 'B-78/L.5.14/Eku.3/2026' },
    });
    const over = await gql<{ recordBreachOutcome: { userErrors: UserErrors } }>(
      'prosecutor.tjb',
      DECIDE,
      decide(order.replacedPrisonMonths! + 1),
    );
    expect(over.recordBreachOutcome.userErrors).toEqual([
      { field: 'input.amount', code: 'AMOUNT_OUT_OF_RANGE', article: 'KUHP Art. 85(7)(b)' },
    ]);
    const served = await gql<{ recordBreachOutcome: { breachReport: Record<string, unknown> } }>(
      'prosecutor.tjb',
      DECIDE,
      decide(order.replacedPrisonMonths!),
    );
    expect(served.recordBreachOutcome.breachReport).toMatchObject({
      legalBasis: 'KUHP Art. 85(7)(b)',
      order: { status: 'BREACHED' },
    });
  });

  it("shows the demo's pending report in the Tanjung Jabung Barat prosecutor's inbox", async () => {
    const pending = t.world.breachReports.filter((b) => b.status === 'FILED' && b.districtCode === '1507');
    expect(pending.length).toBeGreaterThan(0);
    const inbox = await gql<{ breachReports: { nodes: Array<{ id: string }> } }>('prosecutor.tjb', INBOX);
    expect(inbox.breachReports.nodes.map((n) => n.id)).toEqual(expect.arrayContaining(pending.map((b) => b.id)));
  });
});

describe('a child under 12: a decision record, never a client (KUHP Art. 41; SPPA Art. 21), end to end through the gateway', () => {
  it('refuses registration with a pointer to the decision, records the decision with the investigator and a social worker, and keeps it off the client register', async () => {
    const today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
    const shift = (d: string, days: number) =>
      new Date(Date.parse(`${d}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
    const birth = shift(today, -(11 * 365));
    const offence = shift(today, -20);
    const REGISTER = `mutation($input: RegisterClientInput!) { registerClient(input: $input) { client { id } userErrors { field code message article } } }`;
    const registrationInput = {
      registerNumber: 'BAPAS-JMB-2026-0999',
      fullName: 'Raka Aditya Saputra',
      nik: '1507011203150001',
      birthDate: birth,
      sex: 'MALE',
      districtCode: '1507',
      address: 'Jl. Sriwijaya No. 5, Kuala Tungkal',
      guardianName: 'Yusnani',
      offenseDate: offence,
    };
    const registration = await gql<{ registerClient: { client: null; userErrors: UserErrors } }>('head.bapas', REGISTER, {
      input: registrationInput,
    });
    expect(registration.registerClient.client).toBeNull();
    expect(registration.registerClient.userErrors).toEqual([
      expect.objectContaining({
        code: 'UNDER_AGE_OF_RESPONSIBILITY',
        article: 'KUHP Art. 40, 41; SPPA Art. 1(3), 21',
        message: expect.stringContaining('recordUnder12Decision'),
      }),
    ]);
    // Without Accept-Language the same refusal is in Bahasa Indonesia; code, field and article are unchanged.
    const inIndonesian = await gql<{ registerClient: { userErrors: UserErrors } }>(
      'head.bapas',
      REGISTER,
      { input: registrationInput },
      '',
    );
    expect(inIndonesian.registerClient.userErrors).toEqual([
      {
        field: registration.registerClient.userErrors[0]!.field,
        code: 'UNDER_AGE_OF_RESPONSIBILITY',
        article: 'KUHP Art. 40, 41; SPPA Art. 1(3), 21',
        message: expect.stringContaining('tidak dapat dimintai pertanggungjawaban pidana'),
      },
    ]);

    const RECORD = `mutation($input: RecordUnder12DecisionInput!) { recordUnder12Decision(input: $input) {
      decision { id outcome programmeMonths reviewOn officer { name } } userErrors { field code article } } }`;
    const input = {
      childFullName: 'Raka Aditya Saputra',
      childBirthDate: birth,
      sex: 'MALE',
      guardianName: 'Yusnani',
      districtCode: '1507',
      offenseDate: offence,
      offenseDescription: 'Diduga mencuri sepeda di halaman masjid.',
      investigator: 'Aipda Rahmat Hidayat, Unit PPA Polres Tanjung Jabung Barat',
      socialWorker: 'Herawati Pohan, S.Tr.Sos.',
      decidedOn: today,
      outcome: 'PROGRAMME',
      institution: 'LPKS Dinas Sosial Kabupaten Tanjung Jabung Barat',
      programmeMonths: 7,
    };
    const tooLong = await gql<{ recordUnder12Decision: { userErrors: UserErrors } }>('pk.rahman', RECORD, { input });
    expect(tooLong.recordUnder12Decision.userErrors).toEqual([
      { field: 'input.programmeMonths', code: 'PROGRAMME_TOO_LONG', article: 'SPPA Art. 21(1)(b); KUHP Art. 41' },
    ]);
    const twelve = await gql<{ recordUnder12Decision: { userErrors: UserErrors } }>('pk.rahman', RECORD, {
      input: { ...input, programmeMonths: 6, childBirthDate: shift(offence, -(12 * 366)) },
    });
    expect(twelve.recordUnder12Decision.userErrors.map((e) => e.code)).toEqual(['NOT_UNDER_12']);
    const recorded = await gql<{
      recordUnder12Decision: { decision: Record<string, unknown> & { id: string }; userErrors: UserErrors };
    }>('pk.rahman', RECORD, { input: { ...input, programmeMonths: 6 } });
    expect(recorded.recordUnder12Decision.userErrors).toEqual([]);
    expect(recorded.recordUnder12Decision.decision).toMatchObject({
      outcome: 'PROGRAMME',
      programmeMonths: 6,
      officer: { name: t.world.users.find((u) => u.username === 'pk.rahman')!.name },
    });
    const id = recorded.recordUnder12Decision.decision.id;

    // Never a client: the register does not know the child.
    const search = await gql<{ clients: { totalCount: number } }>(
      'head.bapas',
      '{ clients(filter: { search: "Raka Aditya" }) { totalCount } }',
    );
    expect(search.clients.totalCount).toBe(0);
    // The PK who took part and the head see it; another PK does not; the prosecutor is refused.
    const LIST = '{ under12Decisions { id childFullName } }';
    expect(
      (await gql<{ under12Decisions: Array<{ id: string }> }>('pk.rahman', LIST)).under12Decisions.map((d) => d.id),
    ).toContain(id);
    expect(
      (await gql<{ under12Decisions: Array<{ id: string }> }>('head.bapas', LIST)).under12Decisions.map((d) => d.id),
    ).toContain(id);
    expect(
      (await gql<{ under12Decisions: Array<{ id: string }> }>('pk.hendra', LIST)).under12Decisions.map((d) => d.id),
    ).not.toContain(id);
    const prosecutor = await postGraphQL(t.hub.gatewayUrl, LIST, {}, { token: await t.tokenFor('prosecutor.tjb') });
    expect(prosecutor.body.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
  });
});

describe('the cooperation agreement as data: identity sharing needs one in force, end to end through the gateway', () => {
  it("stops sharing a referred child's identity when the agreement ends, says why, refuses new referrals, and resumes under a new one", async () => {
    const w = t.world;
    const referral = w.referrals.find((r) => r.status === 'OPEN' && r.districtCode === '1507')!;
    const child = w.clients.find((c) => c.id === referral.clientId)!;
    const VIEW = `query($id: ID!) { client(id: $id) { identityAccess identityAccessReason fullName } }`;
    const before = await gql<{ client: { identityAccess: string; identityAccessReason: string | null; fullName: string } }>(
      'cm.tjb',
      VIEW,
      { id: child.id },
    );
    expect(before.client).toEqual({ identityAccess: 'FULL', identityAccessReason: null, fullName: child.fullName });

    const LIST = `{ cooperationAgreements { id number signedOn effectiveUntil status districts { code } parties { agency name } signatories { position } dataSharing { fromAgency toAgency data } } }`;
    const list = await gql<{
      cooperationAgreements: Array<{ id: string; signedOn: string; status: string; districts: Array<{ code: string }> }>;
    }>('cm.tjb', LIST);
    const pks = list.cooperationAgreements.find((a) => a.districts.some((d) => d.code === '1507'))!;
    expect(pks).toMatchObject({ signedOn: '2025-12-03', status: 'IN_FORCE' });

    const TERMINATE = `mutation($input: TerminateCooperationAgreementInput!) { terminateCooperationAgreement(input: $input) { agreement { status terminatedOn } userErrors { code } } }`;
    const today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
    const input = { agreementId: pks.id, terminatedOn: today, reason: 'Diakhiri para pihak untuk diperbarui.' };
    const byPk = await postGraphQL(t.hub.gatewayUrl, TERMINATE, { input }, { token: await t.tokenFor('pk.rahman') });
    expect(byPk.body.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    const ended = await gql<{ terminateCooperationAgreement: { agreement: { status: string } } }>('head.bapas', TERMINATE, {
      input,
    });
    expect(ended.terminateCooperationAgreement.agreement).toEqual({ status: 'TERMINATED', terminatedOn: today });

    const after = await gql<{ client: { identityAccess: string; identityAccessReason: string | null; fullName: string | null } }>(
      'cm.tjb',
      VIEW,
      { id: child.id },
    );
    expect(after.client.identityAccess).toBe('LIMITED');
    expect(after.client.fullName).toBeNull();
    expect(after.client.identityAccessReason).toContain(`was terminated on ${today}`);
    // DP3AP2KB staff read it in Bahasa Indonesia (the default), with the date written the Indonesian way.
    const inIndonesian = await gql<{ client: { identityAccessReason: string } }>('cm.tjb', VIEW, { id: child.id }, 'id');
    expect(inIndonesian.client.identityAccessReason).toContain(`telah diakhiri pada ${idDate(today)}`);
    expect(inIndonesian.client.identityAccessReason).not.toMatch(/terminated|agreement/);
    // Bapas's own view is not affected.
    const own = await gql<{ client: { identityAccess: string } }>('head.bapas', VIEW, { id: child.id });
    expect(own.client.identityAccess).toBe('FULL');

    // Sending a referral is sharing: refused while no agreement is in force, with the reason.
    const rahman = w.users.find((u) => u.username === 'pk.rahman')!;
    const candidate = w.clients.find(
      (c) =>
        c.officerId === rahman.officerId &&
        c.category === 'CHILD_IN_CONFLICT' &&
        c.status !== 'CLOSED' &&
        c.districtCode === '1507' &&
        !w.referrals.some((r) => r.clientId === c.id),
    )!;
    const REFER = `mutation($input: ReferClientInput!) { referClient(input: $input) { referral { id } userErrors { field code message } } }`;
    const refused = await gql<{
      referClient: { referral: null; userErrors: Array<{ field: string; code: string; message: string }> };
    }>('pk.rahman', REFER, {
      input: { clientId: candidate.id, services: ['PSYCHOSOCIAL_SUPPORT'], reason: 'Needs counselling after the arrest.' },
    });
    const refusedInIndonesian = await gql<{ referClient: { userErrors: Array<{ code: string; message: string }> } }>(
      'pk.rahman',
      REFER,
      { input: { clientId: candidate.id, services: ['PSYCHOSOCIAL_SUPPORT'], reason: 'Needs counselling after the arrest.' } },
      'id-ID,id;q=0.9',
    );
    expect(refusedInIndonesian.referClient.userErrors).toEqual([
      { field: 'input.districtCode', code: 'NO_AGREEMENT_IN_FORCE', message: expect.stringContaining('perjanjian kerja sama') },
    ]);
    expect(refused.referClient.userErrors).toEqual([
      expect.objectContaining({
        field: 'input.districtCode',
        code: 'NO_AGREEMENT_IN_FORCE',
        message: expect.stringContaining('terminated'),
      }),
    ]);

    // A new agreement is data: registered, the sharing resumes.
    const REGISTER = `mutation($input: RegisterCooperationAgreementInput!) { registerCooperationAgreement(input: $input) { agreement { status } userErrors { code } } }`;
    const renewed = await gql<{ registerCooperationAgreement: { agreement: { status: string }; userErrors: unknown[] } }>(
      'head.bapas',
      REGISTER,
      {
        input: {
          number: 'PKS/BAPAS-JMB/DP3AP2KB-TJB/XI/2026 (perpanjangan)',
          title: 'Perpanjangan PKS Bapas Kelas I Jambi dan DP3AP2KB Kabupaten Tanjung Jabung Barat',
          signedOn: today,
          effectiveFrom: today,
          effectiveUntil: null,
          districtCodes: ['1507'],
          parties: [
            { agency: 'BAPAS', name: 'Balai Pemasyarakatan Kelas I Jambi' },
            { agency: 'DP3AP2KB', name: 'DP3AP2KB Kabupaten Tanjung Jabung Barat', districtCode: '1507' },
          ],
          signatories: [
            { name: 'Kepala Bapas', position: 'Kepala Bapas Kelas I Jambi', agency: 'BAPAS' },
            { name: 'Kepala Dinas', position: 'Kepala DP3AP2KB Kabupaten Tanjung Jabung Barat', agency: 'DP3AP2KB' },
          ],
          services: ['PENDAMPINGAN_PSIKOSOSIAL'],
          dataSharing: [{ fromAgency: 'BAPAS', toAgency: 'DP3AP2KB', data: ['CLIENT_IDENTITY'], purpose: 'Rujukan anak.' }],
        },
      },
    );
    expect(renewed.registerCooperationAgreement).toEqual({ agreement: { status: 'IN_FORCE' }, userErrors: [] });
    const resumed = await gql<{ client: { identityAccess: string; fullName: string } }>('cm.tjb', VIEW, { id: child.id });
    expect(resumed.client).toMatchObject({ identityAccess: 'FULL', fullName: child.fullName });
  });
});

describe("joint monitoring and evaluation (the agreement's own purpose), through the gateway", () => {
  it('answers an analyst by district and quarter with small cells suppressed and a CSV, and refuses a PK', async () => {
    const year = Number(new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 4));
    const QUERY = `query($year: Int!) { cooperationStatistics(year: $year) { threshold csv quarters { districtCode quarter referralsSent
      referralsByStatus { cells { key count suppressed } } ordersByStatus { cells { key count suppressed } }
      breachReports { cells { key count suppressed } } capacityBuilding { cells { key count value } } } } }`;
    const stats = await gql<{
      cooperationStatistics: {
        threshold: number;
        csv: string;
        quarters: Array<{
          districtCode: string;
          referralsSent: number | null;
          referralsByStatus: { cells: Array<{ count: number | null; suppressed: boolean }> };
          ordersByStatus: { cells: Array<{ count: number | null; suppressed: boolean }> };
          breachReports: { cells: Array<{ count: number | null; suppressed: boolean }> };
          capacityBuilding: { cells: Array<{ key: string; count: number; value: number }> };
        }>;
      };
    }>('analyst', QUERY, { year });
    const s = stats.cooperationStatistics;
    expect(s.quarters.length).toBeGreaterThan(0);
    const k = s.threshold;
    for (const q of s.quarters) {
      expect(q.referralsSent === null || q.referralsSent === 0 || q.referralsSent >= k).toBe(true);
      for (const c of [...q.referralsByStatus.cells, ...q.ordersByStatus.cells, ...q.breachReports.cells])
        expect(c.count === null ? c.suppressed : c.count === 0 || c.count >= k).toBe(true);
    }
    const events = s.quarters.flatMap((q) => q.capacityBuilding.cells).reduce((n, c) => n + c.count, 0);
    expect(events).toBe(t.world.capacityEvents.filter((e) => e.heldOn.startsWith(String(year))).length);
    expect(s.csv.split('\n')[0]).toBe('year,district_code,quarter,measure,category,count,suppressed,value');
    const pk = await postGraphQL(t.hub.gatewayUrl, QUERY, { year }, { token: await t.tokenFor('pk.rahman') });
    expect(pk.body.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
  });
});

describe('guidance with a reporting duty (pembimbingan, wajib lapor), through the gateway', () => {
  it("flags a missed report on the PK's list until it is recorded, and keeps it off another PK's list", async () => {
    const rahman = t.world.users.find((u) => u.username === 'pk.rahman')!;
    const plans = new Map(t.world.guidancePlans.map((p) => [p.id, p]));
    const QUERY = '{ missedGuidanceReports { dueOn client { id } plan { id } } }';
    type Missed = Array<{ dueOn: string; client: { id: string }; plan: { id: string } }>;
    const missed = (await gql<{ missedGuidanceReports: Missed }>('pk.rahman', QUERY)).missedGuidanceReports;
    expect(missed.length).toBeGreaterThan(0);
    for (const m of missed) expect(plans.get(m.plan.id)!.officerId).toBe(rahman.officerId);
    const first = missed[0]!;
    const others = (await gql<{ missedGuidanceReports: Missed }>('pk.hendra', QUERY)).missedGuidanceReports;
    expect(others.map((m) => m.plan.id)).not.toContain(first.plan.id);
    const RECORD = `mutation($input: RecordGuidanceReportInput!) { recordGuidanceReport(input: $input) { plan { missed } userErrors { code } } }`;
    const wrongDay = await gql<{ recordGuidanceReport: { userErrors: Array<{ code: string }> } }>('pk.rahman', RECORD, {
      input: { planId: first.plan.id, dueOn: '2026-01-01', reportedOn: first.dueOn, mode: 'OFFICE' },
    });
    expect(wrongDay.recordGuidanceReport.userErrors.map((e) => e.code)).toEqual(['NOT_A_REPORTING_DAY']);
    const byOther = await postGraphQL(
      t.hub.gatewayUrl,
      RECORD,
      { input: { planId: first.plan.id, dueOn: first.dueOn, reportedOn: first.dueOn, mode: 'OFFICE' } },
      { token: await t.tokenFor('pk.hendra') },
    );
    expect(byOther.body.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    const recorded = await gql<{ recordGuidanceReport: { plan: { missed: string[] } } }>('pk.rahman', RECORD, {
      input: { planId: first.plan.id, dueOn: first.dueOn, reportedOn: first.dueOn, mode: 'PHONE' },
    });
    expect(recorded.recordGuidanceReport.plan.missed).not.toContain(first.dueOn);
    const after = (await gql<{ missedGuidanceReports: Missed }>('pk.rahman', QUERY)).missedGuidanceReports;
    expect(after.some((m) => m.plan.id === first.plan.id && m.dueOn === first.dueOn)).toBe(false);
  });
});

describe('breach reports page by keyset, like every other list', () => {
  it("pages the head's whole list newest first without a repeat or a gap, and refuses another list's cursor", async () => {
    const PAGE = `query($after: String) { breachReports(first: 2, after: $after) { nodes { id } pageInfo { hasNextPage endCursor } } }`;
    type Page = { breachReports: { nodes: Array<{ id: string }>; pageInfo: { hasNextPage: boolean; endCursor: string | null } } };
    const all = await gql<{ breachReports: { totalCount: number; nodes: Array<{ id: string; filedAt: string }> } }>(
      'head.bapas',
      '{ breachReports(first: 100) { totalCount nodes { id filedAt } } }',
    );
    expect(all.breachReports.totalCount).toBe(all.breachReports.nodes.length);
    expect(all.breachReports.nodes.length).toBeGreaterThan(2);
    const filed = all.breachReports.nodes.map((n) => n.filedAt);
    expect(filed).toEqual([...filed].sort().reverse());
    const seen: string[] = [];
    let after: string | null = null;
    for (let i = 0; i < 50; i += 1) {
      const page: Page = await gql<Page>('head.bapas', PAGE, { after });
      seen.push(...page.breachReports.nodes.map((n) => n.id));
      if (!page.breachReports.pageInfo.hasNextPage) break;
      after = page.breachReports.pageInfo.endCursor;
    }
    expect(seen).toEqual(all.breachReports.nodes.map((n) => n.id));
    const clients = await gql<{ clients: { pageInfo: { endCursor: string } } }>(
      'head.bapas',
      '{ clients(first: 1) { pageInfo { endCursor } } }',
    );
    const foreign = await postGraphQL(
      t.hub.gatewayUrl,
      PAGE,
      { after: clients.clients.pageInfo.endCursor },
      { token: await t.tokenFor('head.bapas') },
    );
    expect(foreign.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'after' });
  });
});

describe('an agreement that lapsed: the referral it would carry is refused with the reason, in both languages', () => {
  it('refuses to refer a child of a district whose only agreement lapsed, saying when it lapsed', async () => {
    const today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
    const shift = (d: string, days: number) =>
      new Date(Date.parse(`${d}T00:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);
    const child = t.world.clients.find(
      (c) => c.districtCode === '1504' && c.category === 'CHILD_IN_CONFLICT' && c.status !== 'CLOSED' && c.officerId,
    )!;
    const lapsedOn = shift(today, -1);
    const REGISTER = `mutation($input: RegisterCooperationAgreementInput!) { registerCooperationAgreement(input: $input) {
      agreement { status effectiveUntil } userErrors { code } } }`;
    const registered = await gql<{ registerCooperationAgreement: { agreement: { status: string }; userErrors: unknown[] } }>(
      'head.bapas',
      REGISTER,
      {
        input: {
          number: 'DEMO/PKS/1504/2026',
          title: 'PKS Bapas Kelas I Jambi dan DP3AP2KB Kabupaten Batang Hari (uji)',
          signedOn: shift(today, -60),
          effectiveFrom: shift(today, -60),
          effectiveUntil: lapsedOn,
          districtCodes: ['1504'],
          parties: [
            { agency: 'BAPAS', name: 'Balai Pemasyarakatan Kelas I Jambi' },
            { agency: 'DP3AP2KB', name: 'DP3AP2KB Kabupaten Batang Hari', districtCode: '1504' },
          ],
          signatories: [
            { name: 'Kepala Bapas', position: 'Kepala Bapas Kelas I Jambi', agency: 'BAPAS' },
            { name: 'Kepala Dinas', position: 'Kepala DP3AP2KB Kabupaten Batang Hari', agency: 'DP3AP2KB' },
          ],
          services: ['PENDAMPINGAN_PSIKOSOSIAL'],
          dataSharing: [{ fromAgency: 'BAPAS', toAgency: 'DP3AP2KB', data: ['CLIENT_IDENTITY'], purpose: 'Rujukan anak.' }],
        },
      },
    );
    expect(registered.registerCooperationAgreement).toEqual({
      agreement: { status: 'LAPSED', effectiveUntil: lapsedOn },
      userErrors: [],
    });
    const REFER = `mutation($input: ReferClientInput!) { referClient(input: $input) { referral { id } userErrors { field code message } } }`;
    const input = {
      clientId: child.id,
      services: ['PSYCHOSOCIAL_SUPPORT'],
      reason: 'Pendampingan psikososial setelah penangkapan.',
    };
    const refused = await gql<{ referClient: { referral: null; userErrors: UserErrors } }>('head.bapas', REFER, { input });
    expect(refused.referClient.referral).toBeNull();
    expect(refused.referClient.userErrors).toEqual([
      {
        field: 'input.districtCode',
        code: 'NO_AGREEMENT_IN_FORCE',
        message: `The cooperation agreement DEMO/PKS/1504/2026 lapsed after ${lapsedOn}: a referred child's identity is not shared with DP3AP2KB until an agreement is in force.`,
      },
    ]);
    const inIndonesian = await gql<{ referClient: { userErrors: UserErrors } }>('head.bapas', REFER, { input }, '');
    expect(inIndonesian.referClient.userErrors[0]!.message).toMatch(
      /^Perjanjian kerja sama DEMO\/PKS\/1504\/2026 telah berakhir masa berlakunya setelah \d{1,2} \w+ \d{4}: identitas anak/,
    );
  });
});
