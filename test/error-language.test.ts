import { postGraphQL, type GraphQLResponse } from '@hub/testing';
import { startTestHub, type TestHub } from './hub';

/**
 * Errors in Bahasa Indonesia by default and in English when Accept-Language prefers it, through the
 * gateway: the 401, FORBIDDEN (shield's and a record check's), NOT_FOUND, a thrown BAD_USER_INPUT, the
 * cost limit (400), the 429, and a refusal whose values (a date) are written the Indonesian way. The
 * code, the field and the status never change with the language.
 */
let t: TestHub;

beforeAll(async () => {
  t = await startTestHub();
});

afterAll(async () => {
  await t?.stop();
});

const EN = { 'accept-language': 'en-US,en;q=0.9' };

async function both(
  username: string | null,
  query: string,
  variables: Record<string, unknown> = {},
): Promise<{ id: GraphQLResponse; en: GraphQLResponse }> {
  const token = username ? await t.tokenFor(username) : undefined;
  const [id, en] = await Promise.all([
    postGraphQL(t.hub.gatewayUrl, query, variables, { ...(token ? { token } : {}) }),
    postGraphQL(t.hub.gatewayUrl, query, variables, { ...(token ? { token } : {}), headers: EN }),
  ]);
  return { id, en };
}

const first = (res: GraphQLResponse) => res.body.errors?.[0];

describe('errors in Bahasa Indonesia by default, English on request, codes unchanged', () => {
  it('answers a request without a valid token with 401 in either language', async () => {
    const none = await both(null, '{ __typename }');
    expect([none.id.status, none.en.status]).toEqual([401, 401]);
    expect(first(none.id)).toMatchObject({
      message: 'Diperlukan token bearer yang sah.',
      extensions: { code: 'UNAUTHENTICATED' },
    });
    expect(first(none.en)).toMatchObject({
      message: 'A valid bearer token is required.',
      extensions: { code: 'UNAUTHENTICATED' },
    });
    const bad = await postGraphQL(t.hub.gatewayUrl, '{ __typename }', {}, { token: 'not-a-token' });
    expect(first(bad)).toMatchObject({
      message: 'Token bearer tidak sah atau sudah kedaluwarsa.',
      extensions: { code: 'UNAUTHENTICATED' },
    });
  });

  it("gives FORBIDDEN from a subgraph's shield and from a record check in the caller's language", async () => {
    const shield = await both('analyst', '{ clients(first: 1) { totalCount } }');
    expect(first(shield.id)).toMatchObject({ message: 'Anda tidak berwenang mengakses ini.', extensions: { code: 'FORBIDDEN' } });
    expect(first(shield.en)).toMatchObject({ message: 'You are not allowed to access this.', extensions: { code: 'FORBIDDEN' } });

    const w = t.world;
    const hendra = w.users.find((u) => u.username === 'pk.hendra')!;
    // Another PK's order: the record check refuses it.
    const order = w.orders.find((o) => w.clients.find((c) => c.id === o.clientId)!.officerId !== hendra.officerId)!;
    const record = await both(
      'pk.hendra',
      'mutation($input: ChangeOrderStatusInput!) { changeOrderStatus(input: $input) { userErrors { code } } }',
      { input: { orderId: order.id, status: 'COMPLETED' } },
    );
    expect(first(record.id)).toMatchObject({
      message: 'Hanya Kepala Bapas atau PK yang ditugaskan untuk klien ini yang boleh melakukannya.',
      extensions: { code: 'FORBIDDEN' },
    });
    expect(first(record.en)).toMatchObject({
      message: 'Only the head of Bapas or the PK assigned to this client may do this.',
      extensions: { code: 'FORBIDDEN' },
    });
  });

  it('gives NOT_FOUND and a thrown BAD_USER_INPUT with its field in either language', async () => {
    const missing = await both(
      'head.bapas',
      'mutation($input: TerminateCooperationAgreementInput!) { terminateCooperationAgreement(input: $input) { userErrors { code } } }',
      {
        input: {
          agreementId: '00000000-0000-4000-8000-000000000000',
          terminatedOn: '2026-11-20',
          reason: 'Tidak ada perjanjian ini.',
        },
      },
    );
    expect(first(missing.id)).toMatchObject({
      message: 'Perjanjian kerja sama tidak ditemukan.',
      extensions: { code: 'NOT_FOUND' },
    });
    expect(first(missing.en)).toMatchObject({ message: 'The agreement was not found.', extensions: { code: 'NOT_FOUND' } });

    const year = await both('analyst', '{ cooperationStatistics(year: 2020) { year } }');
    expect(first(year.id)).toMatchObject({
      message: 'Sebutkan tahun dari 2025 sampai 2100.',
      extensions: { code: 'BAD_USER_INPUT', field: 'year' },
    });
    expect(first(year.en)).toMatchObject({
      message: 'Give a year from 2025 to 2100.',
      extensions: { code: 'BAD_USER_INPUT', field: 'year' },
    });
  });

  it('refuses a query over the cost limit with 400 in either language', async () => {
    const heavy = await both(
      'head.bapas',
      '{ clients(first: 100) { nodes { communityServiceOrders { placements { attendance { hours date outcome } } } } } }',
    );
    expect([heavy.id.status, heavy.en.status]).toEqual([400, 400]);
    expect(first(heavy.id)?.message).toMatch(/^Kueri meminta terlalu banyak sekaligus/);
    expect(first(heavy.en)?.message).toMatch(/^The query asks for too much at once/);
    expect(first(heavy.id)?.extensions?.['code']).toBe(first(heavy.en)?.extensions?.['code']);
  });

  it('answers 429 in either language when one caller sends too many requests at once', async () => {
    const token = await t.tokenFor('prosecutor.tjb');
    const query = '{ workSites(first: 100) { nodes { name provider { name } placements(first: 20) { id hoursCredited } } } }';
    for (const [headers, words] of [
      [{}, /^Terlalu banyak permintaan sekaligus dari akun ini \(paling banyak 4 bersamaan\)/],
      [EN, /^Too many requests at once from this account \(at most 4 at a time\)/],
    ] as const) {
      const burst = await Promise.all(
        Array.from({ length: 16 }, () => postGraphQL(t.hub.gatewayUrl, query, {}, { token, headers })),
      );
      const refused = burst.filter((r) => r.status === 429);
      expect(refused.length).toBeGreaterThan(0);
      for (const r of refused)
        expect(first(r)).toMatchObject({ message: expect.stringMatching(words), extensions: { code: 'TOO_MANY_REQUESTS' } });
    }
  });

  it('writes the values of an Indonesian refusal the Indonesian way (a date as "20 November 2026")', async () => {
    const list = await postGraphQL<{ cooperationAgreements: Array<{ id: string; status: string }> }>(
      t.hub.gatewayUrl,
      '{ cooperationAgreements { id status } }',
      {},
      { token: await t.tokenFor('head.bapas') },
    );
    const agreement = list.body.data!.cooperationAgreements.find((a) => a.status === 'IN_FORCE')!;
    const TERMINATE = `mutation($input: TerminateCooperationAgreementInput!) { terminateCooperationAgreement(input: $input) {
      userErrors { field code message } } }`;
    const on = '2026-11-20';
    const input = { agreementId: agreement.id, terminatedOn: on, reason: 'Diakhiri untuk uji bahasa pesan.' };
    const ended = await postGraphQL(t.hub.gatewayUrl, TERMINATE, { input }, { token: await t.tokenFor('head.bapas') });
    expect(ended.body.errors).toBeUndefined();
    const again = await both('head.bapas', TERMINATE, { input });
    const refusal = (res: GraphQLResponse) =>
      (
        res.body.data as {
          terminateCooperationAgreement: { userErrors: Array<{ field: string; code: string; message: string }> };
        }
      ).terminateCooperationAgreement.userErrors[0];
    expect(refusal(again.id)).toEqual({
      field: 'input.agreementId',
      code: 'ALREADY_TERMINATED',
      message: 'Perjanjian ini sudah diakhiri pada 20 November 2026.',
    });
    expect(refusal(again.en)).toEqual({
      field: 'input.agreementId',
      code: 'ALREADY_TERMINATED',
      message: `It was terminated on ${on}.`,
    });
  });
});

describe('refusals Apollo answers before any plugin runs, in the same languages', () => {
  it('refuses a mutation sent with GET (405) in Indonesian by default and in English on request', async () => {
    const token = await t.tokenFor('head.bapas');
    const url = `${t.hub.gatewayUrl}?query=${encodeURIComponent('mutation { __typename }')}`;
    const [id, en] = await Promise.all(
      [{}, EN].map((headers) =>
        fetch(url, { headers: { authorization: `Bearer ${token}`, 'apollo-require-preflight': 'true', ...headers } }),
      ),
    );
    expect([id.status, en.status]).toEqual([405, 405]);
    expect(((await id.json()) as { errors: Array<{ message: string }> }).errors[0]!.message).toBe(
      'Permintaan GET hanya untuk kueri, bukan mutasi: kirim dengan POST.',
    );
    expect(((await en.json()) as { errors: Array<{ message: string }> }).errors[0]!.message).toBe(
      'GET requests only support query operations, not mutation operations',
    );
  });
});
