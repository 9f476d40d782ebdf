import { postGraphQL } from '@hub/testing';
import { startTestHub, type TestHub } from './hub';

let t: TestHub;
let head: string;
let pk: string;
let otherPk: string;

beforeAll(async () => {
  t = await startTestHub();
  [head, pk, otherPk] = await Promise.all([t.tokenFor('head.bapas'), t.tokenFor('pk.rahman'), t.tokenFor('pk.hendra')]);
});

afterAll(async () => {
  await t?.stop();
});

type Payload = {
  userErrors: Array<{ field: string; code: string; message: string; article: string | null }>;
  replayed?: boolean;
} & Record<string, unknown>;

// Refusals come in Bahasa Indonesia by default; these tests read the English ones.
async function mutate(token: string, mutation: string, field: string, input: Record<string, unknown>): Promise<Payload> {
  const res = await postGraphQL(t.hub.gatewayUrl, mutation, { input }, { token, headers: { 'accept-language': 'en' } });
  if (res.body.errors) throw new Error(JSON.stringify(res.body.errors));
  return (res.body.data as Record<string, Payload>)[field]!;
}

const REGISTER = `mutation($input: RegisterClientInput!) { registerClient(input: $input) {
  client { id category status identityAccess } userErrors { field code message article } replayed } }`;
const ASSIGN = `mutation($input: AssignOfficerInput!) { assignOfficer(input: $input) { client { id officer { id } } userErrors { code } } }`;
const OPEN_CASE = `mutation($input: OpenCaseInput!) { openCase(input: $input) {
  case { id stage diversion { eligible status reason } } userErrors { field code message article } replayed } }`;
const REQUEST_LITMAS = `mutation($input: RequestSocialInquiryReportInput!) { requestSocialInquiryReport(input: $input) {
  report { id requestedAt dueAt overdue } userErrors { field code } replayed } }`;
const SUBMIT_LITMAS = `mutation($input: SubmitSocialInquiryReportInput!) { submitSocialInquiryReport(input: $input) {
  report { id submittedAt recommendation overdue } userErrors { field code } } }`;
const ISSUE = `mutation($input: IssueCommunityServiceOrderInput!) { issueCommunityServiceOrder(input: $input) {
  communityServiceOrder { id kind legalBasis orderedHours maxHoursPerDay dailyCapSource replacedPrisonMonths considerations { consentAfterExplanation litmasRecommendation } status } userErrors { field code message article } replayed } }`;

describe('a PK takes a child from registration to a community-service order, through the gateway', () => {
  it('registers, assigns, opens the case, runs the Litmas and issues a lawful order; every bad input is refused with its rule', async () => {
    const rahman = t.world.users.find((u) => u.username === 'pk.rahman')!;
    // Registration (head of Bapas), a 15-year-old at the offence.
    const registration = {
      registerNumber: 'BAPAS-JMB-2026-0901',
      fullName: 'Dimas Saputra Harahap',
      nik: '1507012505110003',
      birthDate: '2011-05-25',
      sex: 'MALE',
      districtCode: '1507',
      address: 'Jl. Pelabuhan No. 12, Kuala Tungkal',
      guardianName: 'Sri Wahyuni',
      offenseDate: '2026-08-10',
      idempotencyKey: 'reg-0901',
    };
    const bad = await mutate(head, REGISTER, 'registerClient', { ...registration, nik: '12345', idempotencyKey: null });
    expect(bad.userErrors).toEqual([expect.objectContaining({ field: 'input.nik', code: 'INVALID_NIK' })]);
    const registered = await mutate(head, REGISTER, 'registerClient', registration);
    expect(registered.userErrors).toEqual([]);
    const client = registered['client'] as { id: string; category: string; status: string };
    expect(client).toMatchObject({ category: 'CHILD_IN_CONFLICT', status: 'REGISTERED' });
    const replay = await mutate(head, REGISTER, 'registerClient', registration);
    expect(replay).toMatchObject({ replayed: true, client: { id: client.id } });
    const conflict = await postGraphQL(
      t.hub.gatewayUrl,
      REGISTER,
      { input: { ...registration, fullName: 'Someone Else' } },
      { token: head },
    );
    expect(conflict.body.errors?.[0]?.extensions?.['code']).toBe('CONFLICT');

    // The PK may not act before the head assigns them.
    const early = await postGraphQL(
      t.hub.gatewayUrl,
      OPEN_CASE,
      { input: { clientId: client.id, caseNumber: 'X-1', offenseCode: 'THEFT', offenseDate: '2026-08-10' } },
      { token: pk },
    );
    expect(early.body.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    const nurhayati = t.world.users.find((u) => u.username === 'pk.nurhayati')!;
    expect(
      (await mutate(head, ASSIGN, 'assignOfficer', { clientId: client.id, officerId: nurhayati.officerId })).userErrors,
    ).toEqual([]);
    const assigned = await mutate(head, ASSIGN, 'assignOfficer', {
      clientId: client.id,
      officerId: rahman.officerId,
      reason: 'Caseload balance',
    });
    expect(assigned.userErrors).toEqual([]);
    const sameAgain = await mutate(head, ASSIGN, 'assignOfficer', { clientId: client.id, officerId: rahman.officerId });
    expect(sameAgain.userErrors).toEqual([expect.objectContaining({ code: 'ALREADY_ASSIGNED' })]);
    const history = await postGraphQL(
      t.hub.gatewayUrl,
      'query($id: ID!) { client(id: $id) { officerAssignments { officer { id } reason endedAt } } }',
      { id: client.id },
      { token: head },
    );
    const rows = (
      history.body.data as {
        client: { officerAssignments: Array<{ officer: { id: string }; reason: string | null; endedAt: string | null }> };
      }
    ).client.officerAssignments;
    expect(rows.map((r) => [r.officer.id, r.reason, r.endedAt === null])).toEqual([
      [nurhayati.officerId, null, false],
      [rahman.officerId, 'Caseload balance', true],
    ]);

    // Case (theft: 5 years, diversion mandatory).
    const caseInput = {
      clientId: client.id,
      caseNumber: 'LP/B/901/VIII/2026/SPKT/POLRES TANJAB BARAT',
      offenseCode: 'THEFT',
      offenseDate: '2026-08-10',
      idempotencyKey: 'case-901',
    };
    const unknown = await mutate(pk, OPEN_CASE, 'openCase', { ...caseInput, offenseCode: 'JAYWALKING', idempotencyKey: null });
    expect(unknown.userErrors[0]).toMatchObject({ field: 'input.offenseCode', code: 'UNKNOWN_OFFENSE' });
    const opened = await mutate(pk, OPEN_CASE, 'openCase', caseInput);
    const caseFile = opened['case'] as { id: string; diversion: { eligible: boolean; status: string; reason: string } };
    expect(caseFile.diversion).toMatchObject({ eligible: true, status: 'NOT_STARTED' });
    expect(caseFile.diversion.reason).toContain('SPPA Art. 7(2)');
    const other = await postGraphQL(
      t.hub.gatewayUrl,
      OPEN_CASE,
      { input: { ...caseInput, caseNumber: 'Y-2', idempotencyKey: null } },
      { token: otherPk },
    );
    expect(other.body.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');

    // Litmas: due 3×24 hours after the request, on the PK's dashboard until submitted.
    const requestedAt = new Date(Date.now() - 60 * 60 * 1000).toISOString();
    const requested = await mutate(pk, REQUEST_LITMAS, 'requestSocialInquiryReport', {
      caseId: caseFile.id,
      purpose: 'DIVERSION',
      requester: 'Polres Tanjung Jabung Barat, B/123/VIII/2026',
      requestedAt,
      idempotencyKey: 'litmas-901',
    });
    const report = requested['report'] as { id: string; dueAt: string; overdue: boolean };
    expect(Date.parse(report.dueAt) - Date.parse(requestedAt)).toBe(72 * 3_600_000);
    expect(report.overdue).toBe(false);
    const due = await postGraphQL(t.hub.gatewayUrl, '{ socialInquiryReportsDue(dueWithinHours: 72) { id } }', {}, { token: pk });
    expect(
      (due.body.data as { socialInquiryReportsDue: Array<{ id: string }> }).socialInquiryReportsDue.map((r) => r.id),
    ).toContain(report.id);
    const empty = await mutate(pk, SUBMIT_LITMAS, 'submitSocialInquiryReport', { reportId: report.id, recommendation: 'ok' });
    expect(empty.userErrors[0]).toMatchObject({ code: 'RECOMMENDATION_REQUIRED' });
    const submitted = await mutate(pk, SUBMIT_LITMAS, 'submitSocialInquiryReport', {
      reportId: report.id,
      recommendation: 'Diversion with return to the parents and community service at a school.',
    });
    expect(submitted['report']).toMatchObject({ overdue: false });
    const dueAfter = await postGraphQL(
      t.hub.gatewayUrl,
      '{ socialInquiryReportsDue(dueWithinHours: 72) { id } }',
      {},
      { token: pk },
    );
    expect(
      (dueAfter.body.data as { socialInquiryReportsDue: Array<{ id: string }> }).socialInquiryReportsDue.map((r) => r.id),
    ).not.toContain(report.id);

    // Community service for a child: 7–120 hours, the judgment's daily cap up to 8, 6 months; no consent rule.
    const order = {
      caseId: caseFile.id,
      orderedHours: 121,
      maxHoursPerDay: 9,
      startDate: '2026-11-02',
      deadline: '2027-05-03',
      courtDecisionNumber: '21/Pid.Sus-Anak/2026/PN Klt',
      considerations: { consentAfterExplanation: true, litmasReportId: report.id },
      idempotencyKey: 'order-901',
    };
    const refused = await mutate(pk, ISSUE, 'issueCommunityServiceOrder', order);
    expect(refused.userErrors.map((e) => [e.code, e.article])).toEqual([
      ['HOURS_OUT_OF_RANGE', 'SPPA Art. 76(3)'],
      ['PERIOD_TOO_LONG', expect.stringContaining('85(5)')],
      ['DAILY_CAP_OUT_OF_RANGE', 'KUHP Art. 85(5)'],
      ['CONSENT_NOT_APPLICABLE', 'KUHP Art. 85(2)(c); SPPA Art. 76'],
    ]);
    const lawful = {
      ...order,
      orderedHours: 120,
      maxHoursPerDay: undefined,
      deadline: '2027-05-02',
      considerations: { litmasReportId: report.id, socialHistory: 'Lives with the grandmother; attends school.' },
    };
    const issued = await mutate(pk, ISSUE, 'issueCommunityServiceOrder', lawful);
    expect(issued.userErrors).toEqual([]);
    expect(issued['communityServiceOrder']).toMatchObject({
      kind: 'PELAYANAN_MASYARAKAT',
      maxHoursPerDay: 3,
      dailyCapSource: 'RULE_SET_DEFAULT',
      considerations: {
        consentAfterExplanation: null,
        litmasRecommendation: 'Diversion with return to the parents and community service at a school.',
      },
      status: 'PENDING_PLACEMENT',
    });
    const again = await mutate(pk, ISSUE, 'issueCommunityServiceOrder', lawful);
    expect(again).toMatchObject({
      replayed: true,
      communityServiceOrder: { id: (issued['communityServiceOrder'] as { id: string }).id },
    });

    // The head sees the client now post-adjudication with one order.
    const view = await postGraphQL(
      t.hub.gatewayUrl,
      'query($id: ID!) { client(id: $id) { status officer { name } cases { socialInquiryReports { recommendation } } communityServiceOrders { orderedHours hoursRemaining } } }',
      { id: client.id },
      { token: head },
    );
    expect(view.body.data).toMatchObject({
      client: { status: 'POST_ADJUDICATION', communityServiceOrders: [{ orderedHours: 120, hoursRemaining: 120 }] },
    });
  });

  it('runs diversion, stage and status lifecycles, refusing invalid transitions with the allowed ones named', async () => {
    const client =
      t.world.clients.find(
        (c) => c.officerId === t.world.users.find((u) => u.username === 'pk.rahman')!.officerId && c.status === 'REGISTERED',
      ) ?? t.world.clients.find((c) => c.officerId === t.world.users.find((u) => u.username === 'pk.rahman')!.officerId)!;
    const wrong = await mutate(
      pk,
      `mutation($input: ChangeClientStatusInput!) { changeClientStatus(input: $input) { client { status } userErrors { code message } } }`,
      'changeClientStatus',
      { clientId: client.id, status: client.status === 'REGISTERED' ? 'AFTERCARE' : 'REGISTERED' },
    );
    expect(wrong.userErrors[0]).toMatchObject({ code: 'INVALID_TRANSITION' });

    const opened = await mutate(pk, OPEN_CASE, 'openCase', {
      clientId: client.id,
      caseNumber: `LP/B/777/XI/2026/${client.registerNumber}`,
      offenseCode: 'ASSAULT',
      offenseDate: '2026-01-15',
    });
    const caseId = (opened['case'] as { id: string }).id;
    const DIVERSION = `mutation($input: StartDiversionInput!) { startDiversion(input: $input) { case { diversion { status startedAt deadline } } userErrors { code } } }`;
    const today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
    const started = await mutate(pk, DIVERSION, 'startDiversion', { caseId, startedOn: today });
    expect(started.userErrors).toEqual([]);
    const addDays = (d: string, n: number) => new Date(Date.parse(`${d}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
    expect(started['case']).toMatchObject({
      diversion: { status: 'IN_PROGRESS', startedAt: today, deadline: addDays(today, 30) },
    });
    expect((await mutate(pk, DIVERSION, 'startDiversion', { caseId, startedOn: today })).userErrors[0]).toMatchObject({
      code: 'ALREADY_STARTED',
    });

    const workload = await postGraphQL(
      t.hub.gatewayUrl,
      '{ officeWorkload { diversionDeadlines { id } ordersByStatus { status count } officers { officer { name } activeCaseload } } }',
      {},
      { token: head },
    );
    const w = (
      workload.body.data as {
        officeWorkload: { diversionDeadlines: Array<{ id: string }>; ordersByStatus: Array<{ status: string; count: number }> };
      }
    ).officeWorkload;
    expect(w.ordersByStatus.reduce((n, s) => n + s.count, 0)).toBeGreaterThanOrEqual(t.world.orders.length);
    expect(
      (await postGraphQL(t.hub.gatewayUrl, '{ officeWorkload { officers { activeCaseload } } }', {}, { token: pk })).body
        .errors?.[0]?.extensions?.['code'],
    ).toBe('FORBIDDEN');

    const outcome = await mutate(
      pk,
      `mutation($input: RecordDiversionOutcomeInput!) { recordDiversionOutcome(input: $input) { case { diversion { status } } userErrors { code } } }`,
      'recordDiversionOutcome',
      { caseId, outcome: 'AGREED' },
    );
    expect(outcome['case']).toMatchObject({ diversion: { status: 'AGREED' } });
    const stage = await mutate(
      pk,
      `mutation($input: AdvanceCaseStageInput!) { advanceCaseStage(input: $input) { case { stage } userErrors { code message } } }`,
      'advanceCaseStage',
      { caseId, stage: 'AFTERCARE' },
    );
    expect(stage.userErrors[0]).toMatchObject({
      code: 'INVALID_TRANSITION',
      message: expect.stringContaining('ADJUDICATION or CLOSED'),
    });
  });

  it('counts diversion from the legal trigger recorded on the case: 7 days to start (SPPA Art. 29(1)), 30 to agree (Art. 29(2))', async () => {
    const officerId = t.world.users.find((u) => u.username === 'pk.rahman')!.officerId;
    const client = t.world.clients.find((c) => c.officerId === officerId && c.status !== 'CLOSED')!;
    const jakartaToday = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
    const daysAgo = (n: number) => new Date(Date.parse(`${jakartaToday}T00:00:00Z`) - n * 86_400_000).toISOString().slice(0, 10);
    const opened = await mutate(pk, OPEN_CASE, 'openCase', {
      clientId: client.id,
      caseNumber: `LP/B/778/XI/2026/${client.registerNumber}`,
      offenseCode: 'THEFT',
      offenseDate: daysAgo(60),
      investigationStartedOn: daysAgo(40),
    });
    expect(opened.userErrors).toEqual([]);
    const caseId = (opened['case'] as { id: string }).id;
    const START = `mutation($input: StartDiversionInput!) { startDiversion(input: $input) { case { diversion { trigger triggeredOn startArticle deadline } } userErrors { field code article } } }`;
    const late = await mutate(pk, START, 'startDiversion', { caseId, startedOn: daysAgo(32) });
    expect(late.userErrors).toEqual([{ field: 'input.startedOn', code: 'DIVERSION_START_LATE', article: 'SPPA Art. 29(1)' }]);
    const inTime = await mutate(pk, START, 'startDiversion', { caseId, startedOn: daysAgo(33) });
    expect(inTime.userErrors).toEqual([]);
    expect(inTime['case']).toMatchObject({
      diversion: {
        trigger: 'INVESTIGATION_STARTED',
        triggeredOn: daysAgo(40),
        startArticle: 'SPPA Art. 29(1)',
        deadline: daysAgo(3),
      },
    });
    const OUTCOME = `mutation($input: RecordDiversionOutcomeInput!) { recordDiversionOutcome(input: $input) { case { diversion { status } } userErrors { code article } } }`;
    const tooLate = await mutate(pk, OUTCOME, 'recordDiversionOutcome', { caseId, outcome: 'AGREED', concludedOn: daysAgo(2) });
    expect(tooLate.userErrors).toEqual([{ code: 'DIVERSION_PERIOD_EXCEEDED', article: 'SPPA Art. 29(2)' }]);
    const agreed = await mutate(pk, OUTCOME, 'recordDiversionOutcome', { caseId, outcome: 'AGREED', concludedOn: daysAgo(3) });
    expect(agreed['case']).toMatchObject({ diversion: { status: 'AGREED' } });
  });

  it('refers a child to DP3AP2KB: the case manager of that district sees the identity until the referral is withdrawn', async () => {
    const rahman = t.world.users.find((u) => u.username === 'pk.rahman')!;
    const client = t.world.clients.find(
      (c) =>
        c.officerId === rahman.officerId &&
        c.category === 'CHILD_IN_CONFLICT' &&
        c.status !== 'CLOSED' &&
        !t.world.referrals.some((r) => r.clientId === c.id),
    )!;
    const cm = await t.tokenFor('cm.tjb');
    const REFER = `mutation($input: ReferClientInput!) { referClient(input: $input) { referral { id status services sentBy { name } } userErrors { field code } replayed } }`;
    const refusal = await mutate(pk, REFER, 'referClient', { clientId: client.id, services: [], reason: 'short' });
    expect(refusal.userErrors.map((e) => e.code)).toEqual(['SERVICES_REQUIRED', 'REASON_REQUIRED']);
    const sent = await mutate(pk, REFER, 'referClient', {
      clientId: client.id,
      services: ['PSYCHOSOCIAL_SUPPORT', 'FAMILY_SUPPORT'],
      reason: 'Withdrawn at school after the arrest; family in conflict.',
      idempotencyKey: `refer-${client.id}`,
    });
    const referral = sent['referral'] as { id: string; status: string };
    expect(referral.status).toBe('OPEN');
    const ask = (token: string, q: string) => postGraphQL(t.hub.gatewayUrl, q, { id: client.id }, { token });
    const inbox = await postGraphQL(
      t.hub.gatewayUrl,
      '{ incomingReferrals(first: 100) { nodes { id client { registerNumber } } } }',
      {},
      { token: cm },
    );
    expect(
      (inbox.body.data as { incomingReferrals: { nodes: Array<{ id: string }> } }).incomingReferrals.nodes.map((n) => n.id),
    ).toContain(referral.id);
    const seen = await ask(cm, 'query($id: ID!) { client(id: $id) { identityAccess fullName } }');
    expect(seen.body.data).toEqual({ client: { identityAccess: 'FULL', fullName: client.fullName } });
    const otherDistrict = await ask(await t.tokenFor('cm.jmb'), 'query($id: ID!) { client(id: $id) { fullName } }');
    expect(otherDistrict.body.data).toEqual({ client: null });

    const withdrawn = await mutate(
      pk,
      `mutation($input: WithdrawReferralInput!) { withdrawReferral(input: $input) { referral { status withdrawalReason } userErrors { code } } }`,
      'withdrawReferral',
      { referralId: referral.id, reason: 'Family moved to Medan.' },
    );
    expect(withdrawn['referral']).toMatchObject({ status: 'WITHDRAWN' });
    const after = await ask(cm, 'query($id: ID!) { client(id: $id) { identityAccess fullName } }');
    expect(after.body.data).toEqual({ client: { identityAccess: 'LIMITED', fullName: null } });
    const twice = await mutate(
      pk,
      `mutation($input: WithdrawReferralInput!) { withdrawReferral(input: $input) { userErrors { code } } }`,
      'withdrawReferral',
      { referralId: referral.id, reason: 'Again, by mistake.' },
    );
    expect(twice.userErrors[0]).toMatchObject({ code: 'REFERRAL_NOT_OPEN' });
  });

  it('records a supervision session whose place and summary only FULL viewers see', async () => {
    const rahman = t.world.users.find((u) => u.username === 'pk.rahman')!;
    const client = t.world.clients.find((c) => c.officerId === rahman.officerId && c.status !== 'CLOSED')!;
    const today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
    const recorded = await mutate(
      pk,
      `mutation($input: RecordSupervisionSessionInput!) { recordSupervisionSession(input: $input) { session { id place summary } userErrors { code } } }`,
      'recordSupervisionSession',
      {
        clientId: client.id,
        heldOn: today,
        kind: 'HOME_VISIT',
        place: client.address,
        summary: 'Attends school again; mother present.',
      },
    );
    expect(recorded['session']).toMatchObject({ place: client.address });
    const q = 'query($id: ID!) { client(id: $id) { supervisionSessions(last: 1) { kind place summary } } }';
    const mine = await postGraphQL(t.hub.gatewayUrl, q, { id: client.id }, { token: pk });
    expect(mine.body.data).toEqual({
      client: {
        supervisionSessions: [{ kind: 'HOME_VISIT', place: client.address, summary: 'Attends school again; mother present.' }],
      },
    });
    const notMine = await postGraphQL(t.hub.gatewayUrl, q, { id: client.id }, { token: await t.tokenFor('registrar.bapas') });
    expect(JSON.stringify(notMine.body)).not.toContain(client.address);
  });

  it('shows the fine-to-hours arithmetic at the statutory rate (KUHP Art. 82(4)), after a part-payment (Art. 82(3))', async () => {
    const res = await postGraphQL(
      t.hub.gatewayUrl,
      '{ full: fineToHours(fineRupiah: 2000000) { hours explanation precondition } part: fineToHours(fineRupiah: 2000000, paidRupiah: 500000) { hours explanation } }',
      {},
      { token: pk },
    );
    expect(res.body.data).toEqual({
      full: {
        hours: 40,
        explanation: expect.stringMatching(/Rp2\.000\.000 ÷ Rp50\.000 per hour.* = 40 hours \(KUHP Art\. 82\(4\)/),
        precondition: expect.stringContaining('KUHP Art. 82(1)'),
      },
      part: { hours: 30, explanation: expect.stringContaining('KUHP Art. 82(3)') },
    });
  });
});
