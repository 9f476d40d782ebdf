import { postGraphQL } from '@hub/testing';
import { startTestHub, type TestHub } from './hub';

let t: TestHub;

beforeAll(async () => {
  t = await startTestHub();
});

afterAll(async () => {
  await t?.stop();
});

const REFER = `mutation($input: ReferClientInput!) { referClient(input: $input) { referral { id status } userErrors { code } } }`;
const ACCEPT = `mutation($input: AcceptReferralInput!) { acceptReferral(input: $input) {
  response { decision decidedBy protectionCase { id caseNumber status childRole } } userErrors { code message } replayed } }`;
const SERVICE = `mutation($input: RecordPsychosocialServiceInput!) { recordPsychosocialService(input: $input) { service { id kind } userErrors { code } } }`;

async function gql<T>(token: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await postGraphQL(t.hub.gatewayUrl, query, variables, { token });
  if (res.body.errors) throw new Error(JSON.stringify(res.body.errors));
  return res.body.data as T;
}

function referableChildren(username: string) {
  const pk = t.world.users.find((u) => u.username === username)!;
  return t.world.clients.filter(
    (c) =>
      c.officerId === pk.officerId &&
      c.category === 'CHILD_IN_CONFLICT' &&
      c.status !== 'CLOSED' &&
      c.districtCode === '1507' &&
      !t.world.protectionCases.some((p) => p.clientId === c.id) &&
      !t.world.referrals.some((r) => r.clientId === c.id),
  );
}

describe('the referral between Bapas and DP3AP2KB, end to end through the gateway', () => {
  it('a PK refers, the case manager accepts once, a psychologist counsels twice, and the PK sees the status and the count but not the notes', async () => {
    const [pk, cm, psy, cw] = await Promise.all(['pk.rahman', 'cm.tjb', 'psy.tjb', 'cw.tjb'].map((u) => t.tokenFor(u)));
    const child = referableChildren('pk.rahman')[0]!;
    const psychologist = t.world.users.find((u) => u.username === 'psy.tjb')!;
    const sent = await gql<{ referClient: { referral: { id: string } } }>(pk, REFER, {
      input: {
        clientId: child.id,
        services: ['PSYCHOSOCIAL_SUPPORT'],
        reason: 'Anxious and withdrawn since the arrest; asks for counselling.',
      },
    });
    const referralId = sent.referClient.referral.id;
    const inbox = await gql<{ incomingReferrals: { nodes: Array<{ id: string }> } }>(
      cm,
      '{ incomingReferrals(first: 50) { nodes { id } } }',
    );
    expect(inbox.incomingReferrals.nodes.map((n) => n.id)).toContain(referralId);

    const input = { referralId, caseworkerId: psychologist.caseworkerId, riskLevel: 'MEDIUM' };
    const [a, b] = await Promise.all([
      gql<{ acceptReferral: Record<string, unknown> }>(cm, ACCEPT, { input }),
      gql<{ acceptReferral: Record<string, unknown> }>(cm, ACCEPT, { input }),
    ]);
    const accepted = [a.acceptReferral, b.acceptReferral] as Array<{
      response: { protectionCase: { id: string } } | null;
      userErrors: Array<{ code: string }>;
    }>;
    const cases = new Set(accepted.filter((x) => x.response).map((x) => x.response!.protectionCase.id));
    expect(cases.size).toBe(1);
    const caseId = [...cases][0]!;
    const again = await gql<{ acceptReferral: { replayed: boolean; response: { protectionCase: { id: string } } } }>(cm, ACCEPT, {
      input,
    });
    expect(again.acceptReferral).toMatchObject({ replayed: true, response: { protectionCase: { id: caseId } } });

    for (const day of ['2026-11-24T03:00:00Z', '2026-11-26T03:00:00Z']) {
      const done = await gql<{ recordPsychosocialService: { userErrors: unknown[] } }>(psy, SERVICE, {
        input: {
          protectionCaseId: caseId,
          kind: 'COUNSELLING',
          deliveredAt: day,
          attended: true,
          clinicalNotes: 'Sleep disturbance; anxiety about school.',
        },
      });
      expect(done.recordPsychosocialService.userErrors).toEqual([]);
    }
    const notByCaseworker = await gql<{ recordPsychosocialService: { userErrors: Array<{ code: string }> } }>(cm, SERVICE, {
      input: {
        protectionCaseId: caseId,
        kind: 'COUNSELLING',
        deliveredAt: '2026-11-26T05:00:00Z',
        attended: true,
        clinicalNotes: 'x',
      },
    });
    expect(notByCaseworker.recordPsychosocialService.userErrors.map((e) => e.code)).toContain('NOTES_PSYCHOLOGIST_ONLY');

    const pkView = await gql<{
      client: {
        referrals: Array<{
          id: string;
          status: string;
          response: {
            decision: string;
            protectionCase: { serviceCount: number; services: Array<{ clinicalNotes: string | null }> };
          };
        }>;
        protectionCases: Array<{ serviceCount: number }>;
      };
    }>(
      pk,
      `query($id: ID!) { client(id: $id) { referrals { id status response { decision decidedAt protectionCase { caseNumber serviceCount services { kind attended clinicalNotes } } } } protectionCases { caseNumber serviceCount } } }`,
      { id: child.id },
    );
    const referral = pkView.client.referrals.find((r) => r.id === referralId)!;
    expect(referral.status).toBe('OPEN');
    expect(referral.response.decision).toBe('ACCEPTED');
    expect(referral.response.protectionCase.serviceCount).toBe(2);
    expect(referral.response.protectionCase.services.every((s) => s.clinicalNotes === null)).toBe(true);
    expect(pkView.client.protectionCases).toEqual([expect.objectContaining({ serviceCount: 2 })]);

    const notes = async (token: string) =>
      (
        await gql<{ protectionCase: { services: Array<{ clinicalNotes: string | null }> } | null }>(
          token,
          'query($id: ID!) { protectionCase(id: $id) { services { clinicalNotes } } }',
          { id: caseId },
        )
      ).protectionCase;
    expect((await notes(psy))!.services.map((s) => s.clinicalNotes)).toEqual([
      'Sleep disturbance; anxiety about school.',
      'Sleep disturbance; anxiety about school.',
    ]);
    expect((await notes(cm))!.services.every((s) => s.clinicalNotes === null)).toBe(true);
    expect(await notes(cw)).toBeNull();
  });

  it('refuses to accept a withdrawn referral, and to decline without a reason', async () => {
    const [pk, cm] = await Promise.all(['pk.rahman', 'cm.tjb'].map((u) => t.tokenFor(u)));
    const child = referableChildren('pk.rahman')[1] ?? referableChildren('pk.nurhayati')[0]!;
    const token =
      child.officerId === t.world.users.find((u) => u.username === 'pk.rahman')!.officerId
        ? pk
        : await t.tokenFor('pk.nurhayati');
    const sent = await gql<{ referClient: { referral: { id: string } } }>(token, REFER, {
      input: { clientId: child.id, services: ['FAMILY_SUPPORT'], reason: 'Family conflict at home after the arrest.' },
    });
    const referralId = sent.referClient.referral.id;
    const decline = await gql<{ declineReferral: { userErrors: Array<{ code: string }> } }>(
      cm,
      'mutation($input: DeclineReferralInput!) { declineReferral(input: $input) { userErrors { code } } }',
      {
        input: { referralId, reason: 'no' },
      },
    );
    expect(decline.declineReferral.userErrors.map((e) => e.code)).toEqual(['REASON_REQUIRED']);
    await gql(token, 'mutation($input: WithdrawReferralInput!) { withdrawReferral(input: $input) { userErrors { code } } }', {
      input: { referralId, reason: 'Family moved away.' },
    });
    const accept = await gql<{ acceptReferral: { response: unknown; userErrors: Array<{ code: string }> } }>(cm, ACCEPT, {
      input: { referralId, riskLevel: 'LOW' },
    });
    expect(accept.acceptReferral.response).toBeNull();
    expect(accept.acceptReferral.userErrors.map((e) => e.code)).toEqual(['REFERRAL_NOT_OPEN']);
  });

  it('leaves a consistent state when a withdrawal races an acceptance: no case without an acceptance, one case with it', async () => {
    const [pk, cm] = await Promise.all(['pk.rahman', 'cm.tjb'].map((u) => t.tokenFor(u)));
    const candidates = referableChildren('pk.rahman');
    const child = candidates[candidates.length - 1]!;
    const sent = await gql<{ referClient: { referral: { id: string } } }>(pk, REFER, {
      input: { clientId: child.id, services: ['EDUCATION'], reason: 'Dropped out of school after the arrest.' },
    });
    const referralId = sent.referClient.referral.id;
    const [withdrawal, acceptance] = await Promise.all([
      postGraphQL(
        t.hub.gatewayUrl,
        'mutation($input: WithdrawReferralInput!) { withdrawReferral(input: $input) { userErrors { code } } }',
        { input: { referralId, reason: 'Changed plan.' } },
        { token: pk },
      ),
      postGraphQL(t.hub.gatewayUrl, ACCEPT, { input: { referralId, riskLevel: 'LOW' } }, { token: cm }),
    ]);
    expect(withdrawal.body.errors).toBeUndefined();
    const accepted = (acceptance.body.data as { acceptReferral: { response: unknown; userErrors: Array<{ code: string }> } })
      .acceptReferral;
    const view = await gql<{
      client: {
        referrals: Array<{ id: string; status: string; response: { decision: string } | null }>;
        protectionCases: unknown[];
      };
    }>(
      pk,
      'query($id: ID!) { client(id: $id) { referrals { id status response { decision } } protectionCases { caseNumber } } }',
      { id: child.id },
    );
    const referral = view.client.referrals.find((r) => r.id === referralId)!;
    expect(referral.status).toBe('WITHDRAWN');
    if (accepted.response) {
      expect(referral.response).toEqual({ decision: 'ACCEPTED' });
      expect(view.client.protectionCases).toHaveLength(1);
    } else {
      expect(accepted.userErrors.map((e) => e.code)).toEqual([expect.stringMatching(/^REFERRAL_(NOT_OPEN|WITHDRAWN)$/)]);
      expect(referral.response).toBeNull();
      expect(view.client.protectionCases).toHaveLength(0);
    }
  });

  it('a decline ends the sharing: the case manager sees the child in the limited view again, and the PK sees the referral closed and declined', async () => {
    // pk.nurhayati's child: the tests above use pk.rahman's.
    const [pk, cm] = await Promise.all(['pk.nurhayati', 'cm.tjb'].map((u) => t.tokenFor(u)));
    const child = referableChildren('pk.nurhayati')[0]!;
    const sent = await gql<{ referClient: { referral: { id: string } } }>(pk, REFER, {
      input: { clientId: child.id, services: ['SHELTER'], reason: 'No safe place to stay after the arrest.' },
    });
    const referralId = sent.referClient.referral.id;
    const VIEW = 'query($id: ID!) { client(id: $id) { identityAccess fullName nik } }';
    const before = await gql<{ client: { identityAccess: string; fullName: string | null } }>(cm, VIEW, { id: child.id });
    expect(before.client).toMatchObject({ identityAccess: 'FULL', fullName: child.fullName });

    const DECLINE = `mutation($input: DeclineReferralInput!) { declineReferral(input: $input) {
      response { decision reason } userErrors { code } replayed } }`;
    const input = { referralId, reason: 'Shelter is full this month; please ask the provincial UPTD.' };
    const declined = await gql<{ declineReferral: { response: { decision: string }; userErrors: unknown[]; replayed: boolean } }>(
      cm,
      DECLINE,
      { input },
    );
    expect(declined.declineReferral).toMatchObject({ response: { decision: 'DECLINED' }, userErrors: [], replayed: false });

    const after = await gql<{ client: { identityAccess: string; fullName: string | null; nik: string | null } }>(cm, VIEW, {
      id: child.id,
    });
    expect(after.client).toEqual({ identityAccess: 'LIMITED', fullName: null, nik: null });

    const pkView = await gql<{
      client: {
        referrals: Array<{
          id: string;
          status: string;
          closedAt: string | null;
          closureReason: string | null;
          response: { decision: string } | null;
        }>;
      };
    }>(pk, 'query($id: ID!) { client(id: $id) { referrals { id status closedAt closureReason response { decision } } } }', {
      id: child.id,
    });
    const referral = pkView.client.referrals.find((r) => r.id === referralId)!;
    expect(referral).toMatchObject({ status: 'CLOSED', closureReason: input.reason, response: { decision: 'DECLINED' } });
    expect(referral.closedAt).not.toBeNull();

    // Sending the decline again (as after an outage) writes nothing new and keeps the referral closed once.
    const again = await gql<{ declineReferral: { response: { decision: string }; userErrors: unknown[]; replayed: boolean } }>(
      cm,
      DECLINE,
      { input },
    );
    expect(again.declineReferral).toMatchObject({ response: { decision: 'DECLINED' }, userErrors: [], replayed: true });
    const close = await gql<{ closeDeclinedReferral: { referral: { status: string; closedAt: string }; replayed: boolean } }>(
      cm,
      `mutation($input: CloseDeclinedReferralInput!) { closeDeclinedReferral(input: $input) { referral { status closedAt } replayed } }`,
      { input },
    );
    expect(close.closeDeclinedReferral).toEqual({ referral: { status: 'CLOSED', closedAt: referral.closedAt }, replayed: true });
    const inbox = await gql<{ incomingReferrals: { nodes: Array<{ id: string }> } }>(
      cm,
      '{ incomingReferrals(first: 50) { nodes { id } } }',
    );
    expect(inbox.incomingReferrals.nodes.map((n) => n.id)).not.toContain(referralId);
  });
});
