import type { DemoUser } from '@hub/demo';
import { postGraphQL } from '@hub/testing';
import { startTestHub, type TestHub } from './hub';

/**
 * DOMAIN.md §4 as a table: for every role, what the same questions through the gateway return.
 * visible = data returned; none = allowed but nothing in scope; refused = FORBIDDEN.
 */
type Outcome = 'visible' | 'none' | 'refused';
type Identity = 'FULL' | 'LIMITED' | 'MIXED' | '-';

interface Row {
  user: string;
  clients: Outcome;
  identity: Identity;
  cases: Outcome;
  orderHours: Outcome;
  victimCases: Outcome;
  workSites: Outcome;
  placementPerson: Outcome;
  statistics: Outcome;
  accessLog: Outcome;
}

const MATRIX: Row[] = [
  {
    user: 'head.bapas',
    clients: 'visible',
    identity: 'FULL',
    cases: 'visible',
    orderHours: 'visible',
    victimCases: 'none',
    workSites: 'visible',
    placementPerson: 'visible',
    statistics: 'visible',
    accessLog: 'refused',
  },
  {
    user: 'pk.rahman',
    clients: 'visible',
    identity: 'FULL',
    cases: 'visible',
    orderHours: 'visible',
    victimCases: 'none',
    workSites: 'visible',
    placementPerson: 'visible',
    statistics: 'refused',
    accessLog: 'refused',
  },
  {
    user: 'registrar.bapas',
    clients: 'visible',
    identity: 'LIMITED',
    cases: 'refused',
    orderHours: 'refused',
    victimCases: 'refused',
    workSites: 'refused',
    placementPerson: 'refused',
    statistics: 'refused',
    accessLog: 'refused',
  },
  {
    user: 'cm.tjb',
    clients: 'visible',
    identity: 'MIXED',
    cases: 'refused',
    orderHours: 'refused',
    victimCases: 'visible',
    workSites: 'refused',
    placementPerson: 'refused',
    statistics: 'refused',
    accessLog: 'refused',
  },
  {
    user: 'cw.tjb',
    clients: 'visible',
    identity: 'MIXED',
    cases: 'refused',
    orderHours: 'refused',
    victimCases: 'visible',
    workSites: 'refused',
    placementPerson: 'refused',
    statistics: 'refused',
    accessLog: 'refused',
  },
  {
    user: 'psy.tjb',
    clients: 'visible',
    identity: 'MIXED',
    cases: 'refused',
    orderHours: 'refused',
    victimCases: 'visible',
    workSites: 'refused',
    placementPerson: 'refused',
    statistics: 'refused',
    accessLog: 'refused',
  },
  {
    user: 'provider.tjb',
    clients: 'refused',
    identity: '-',
    cases: 'refused',
    orderHours: 'refused',
    victimCases: 'refused',
    workSites: 'visible',
    placementPerson: 'visible',
    statistics: 'refused',
    accessLog: 'refused',
  },
  {
    user: 'supervisor.tjb',
    clients: 'refused',
    identity: '-',
    cases: 'refused',
    orderHours: 'refused',
    victimCases: 'refused',
    workSites: 'visible',
    placementPerson: 'visible',
    statistics: 'refused',
    accessLog: 'refused',
  },
  {
    user: 'prosecutor.tjb',
    clients: 'visible',
    identity: 'LIMITED',
    cases: 'refused',
    orderHours: 'visible',
    victimCases: 'refused',
    workSites: 'visible',
    placementPerson: 'visible',
    statistics: 'refused',
    accessLog: 'refused',
  },
  {
    user: 'analyst',
    clients: 'refused',
    identity: '-',
    cases: 'refused',
    orderHours: 'refused',
    victimCases: 'refused',
    workSites: 'refused',
    placementPerson: 'refused',
    statistics: 'visible',
    accessLog: 'refused',
  },
  {
    user: 'auditor',
    clients: 'refused',
    identity: '-',
    cases: 'refused',
    orderHours: 'refused',
    victimCases: 'refused',
    workSites: 'refused',
    placementPerson: 'refused',
    statistics: 'refused',
    accessLog: 'visible',
  },
];

let t: TestHub;

beforeAll(async () => {
  t = await startTestHub();
});

afterAll(async () => {
  await t?.stop();
});

type Body = { data?: Record<string, unknown> | null; errors?: Array<{ extensions?: Record<string, unknown> }> };

function outcome(body: Body, pick: (data: Record<string, unknown>) => unknown[] | number): Outcome {
  if (body.errors?.some((e) => e.extensions?.['code'] === 'FORBIDDEN')) return 'refused';
  if (body.errors?.length) throw new Error(`unexpected errors: ${JSON.stringify(body.errors)}`);
  const got = pick(body.data ?? {});
  const n = typeof got === 'number' ? got : got.length;
  return n > 0 ? 'visible' : 'none';
}

async function probe(user: DemoUser): Promise<Row> {
  const token = await t.tokenFor(user.username);
  const ask = async (query: string) => (await postGraphQL(t.hub.gatewayUrl, query, {}, { token })).body as Body;
  const clientsBody = await ask('{ clients(first: 100) { nodes { identityAccess fullName nik } } }');
  const clients = outcome(clientsBody, (d) => (d['clients'] as { nodes: unknown[] }).nodes);
  let identity: Identity = '-';
  if (clients === 'visible') {
    const nodes = (
      clientsBody.data!['clients'] as { nodes: Array<{ identityAccess: string; fullName: string | null; nik: string | null }> }
    ).nodes;
    // LIMITED must really hide the identity set, not only say so.
    for (const n of nodes) if (n.identityAccess === 'LIMITED') expect([n.fullName, n.nik]).toEqual([null, null]);
    const kinds = new Set(nodes.map((n) => n.identityAccess));
    identity = kinds.size > 1 ? 'MIXED' : ([...kinds][0] as Identity);
  }
  const cases = outcome(await ask('{ clients(first: 100) { nodes { cases { caseNumber } } } }'), (d) =>
    (d['clients'] as { nodes: Array<{ cases: unknown[] }> }).nodes.flatMap((n) => n.cases),
  );
  const orderHours = outcome(
    await ask('{ communityServiceOrders(first: 100) { nodes { hoursCompleted hoursRemaining } } }'),
    (d) => (d['communityServiceOrders'] as { nodes: unknown[] }).nodes,
  );
  const victimCases = outcome(
    await ask('{ protectionCases(first: 100, filter: {childRole: VICTIM}) { totalCount } }'),
    (d) => (d['protectionCases'] as { totalCount: number }).totalCount,
  );
  const sitesBody = await ask('{ workSites(first: 100) { nodes { placements { person { displayName identityAccess } } } } }');
  const workSites = outcome(sitesBody, (d) => (d['workSites'] as { nodes: unknown[] }).nodes);
  const people =
    workSites === 'visible'
      ? (
          sitesBody.data!['workSites'] as { nodes: Array<{ placements: Array<{ person: { identityAccess: string } }> }> }
        ).nodes.flatMap((n) => n.placements.map((p) => p.person))
      : [];
  for (const p of people) expect(p.identityAccess).toBe('LIMITED');
  const placementPerson: Outcome = workSites === 'refused' ? 'refused' : people.length ? 'visible' : 'none';
  const statistics = outcome(await ask('{ correctionsStatistics { threshold } }'), (d) => (d['correctionsStatistics'] ? 1 : 0));
  const accessLog = outcome(
    await ask('{ correctionsAccessLog(first: 1) { totalCount } }'),
    (d) => (d['correctionsAccessLog'] as { totalCount: number }).totalCount,
  );
  return {
    user: user.username,
    clients,
    identity,
    cases,
    orderHours,
    victimCases,
    workSites,
    placementPerson,
    statistics,
    accessLog,
  };
}

describe('who may see what, through the gateway (DOMAIN.md §4)', () => {
  it('has a row for every role', () => {
    const roles = new Set(MATRIX.flatMap((r) => t.world.users.find((u) => u.username === r.user)!.roles));
    expect([...roles].sort()).toEqual([
      'ANALYST',
      'AUDITOR',
      'BAPAS_HEAD',
      'BAPAS_REGISTRAR',
      'CASEWORKER',
      'CASE_MANAGER',
      'PK_OFFICER',
      'PROSECUTOR',
      'PROVIDER_ADMIN',
      'PSYCHOLOGIST',
      'SITE_SUPERVISOR',
    ]);
  });

  it.each(MATRIX.map((row) => [row.user, row]))('gives %s exactly what the matrix says', async (_name, expected) => {
    const user = t.world.users.find((u) => u.username === expected.user)!;
    expect(await probe(user)).toEqual(expected);
  });

  it('gives DP3AP2KB staff only children referred to their own district', async () => {
    const token = await t.tokenFor('cm.jmb');
    const res = await postGraphQL(t.hub.gatewayUrl, '{ clients(first: 100) { nodes { district { code } } } }', {}, { token });
    const nodes = (res.body.data as { clients: { nodes: Array<{ district: { code: string } }> } }).clients.nodes;
    const referred = new Set(t.world.referrals.filter((r) => r.districtCode === '1571').map((r) => r.clientId));
    expect(nodes.length).toBe(referred.size);
  });

  it('ignores a forged identity header: only the token counts', async () => {
    const token = await t.tokenFor('analyst');
    const res = await postGraphQL(
      t.hub.gatewayUrl,
      '{ clients { nodes { fullName } } }',
      {},
      {
        token,
        headers: {
          'x-hub-viewer': JSON.stringify({ roles: ['BAPAS_HEAD'] }),
          'x-user-roles': 'BAPAS_HEAD',
          'x-forwarded-user': 'head.bapas',
        },
      },
    );
    expect(res.body.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    expect(res.body.data ?? null).toBeNull();
  });
});

describe('query limits answer 400, never 500, and reveal no limit', () => {
  const ask = async (query: string) => postGraphQL(t.hub.gatewayUrl, query, {}, { token: await t.tokenFor('head.bapas') });

  it('refuses a query that is too deep', async () => {
    const deep = `{ clients { nodes { ${'cases { client { '.repeat(8)} id ${'} } '.repeat(8)} } } }`;
    const res = await ask(deep);
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body)).not.toMatch(/\b14\b/);
  });

  it('refuses too many aliases', async () => {
    const res = await ask(`{ ${Array.from({ length: 20 }, (_, i) => `a${i}: clients { totalCount }`).join(' ')} }`);
    expect(res.status).toBe(400);
  });

  it('refuses too many directives', async () => {
    const res = await ask(`{ clients { totalCount ${'@include(if: true) '.repeat(20)} } }`);
    expect(res.status).toBe(400);
  });

  it('refuses a document with too many tokens', async () => {
    const res = await ask(`{ clients { ${'totalCount '.repeat(6000)} } }`);
    expect(res.status).toBe(400);
  });

  it('refuses a query that costs too much, even when it is short and shallow', async () => {
    const fragment = 'fragment F on Client { registerNumber displayName identityAccess sex ageBand category status }';
    const query = (spreads: number) =>
      `{ clients(first: 1) { nodes { cases { client { ${'...F '.repeat(spreads)} } } } } } ${fragment}`;
    // Same depth, aliases and directives; only the cost differs (900 spreads is still far below the token limit).
    expect((await ask(query(5))).status).toBe(200);
    const res = await ask(query(900));
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body)).not.toMatch(/50000|50,000/);
  });

  it('refuses a batched request', async () => {
    const res = await fetch(t.hub.gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${await t.tokenFor('head.bapas')}` },
      body: JSON.stringify([{ query: '{ __typename }' }, { query: '{ __typename }' }]),
    });
    expect(res.status).toBe(400);
  });

  it('suggests no field names', async () => {
    const res = await ask('{ clients { nodes { fullNam } } }');
    expect(res.status).toBe(400);
    expect(JSON.stringify(res.body)).not.toMatch(/Did you mean/);
  });
});

describe("a data subject's processing record (UU PDP Art. 32)", () => {
  it('gives the auditor, in one query, what each agency stores about a child and who accessed it', async () => {
    const { world } = t;
    const pc = world.protectionCases.find(
      (p) => p.clientId && world.orders.some((o) => o.clientId === p.clientId && o.status === 'ACTIVE'),
    )!;
    const client = world.clients.find((c) => c.id === pc.clientId)!;
    const head = await t.tokenFor('head.bapas');
    const seen = await postGraphQL(
      t.hub.gatewayUrl,
      'query AuditMe($id: ID!) { client(id: $id) { fullName nik } }',
      { id: client.id },
      { token: head },
    );
    expect((seen.body.data as { client: { nik: string } }).client.nik).toBe(client.nik);

    const query = `query ProcessingRecord($id: ID!) { clientProcessingRecord(clientId: $id) {
      id correctionsDocument correctionsAccessLog { actor fields operation }
      childProtectionDocument childProtectionAccessLog { actor subjectType }
      worksitesDocument worksitesAccessLog { actor subjectType } } }`;
    const res = await postGraphQL(t.hub.gatewayUrl, query, { id: client.id }, { token: await t.tokenFor('auditor') });
    expect(res.body.errors).toBeUndefined();
    const record = (res.body.data as { clientProcessingRecord: Record<string, unknown> }).clientProcessingRecord as {
      correctionsDocument: string;
      correctionsAccessLog: Array<{ actor: string; fields: string[]; operation: string | null }>;
      childProtectionDocument: string;
      worksitesDocument: string;
    };
    expect(JSON.parse(record.correctionsDocument).client.nik).toBe(client.nik);
    expect(record.correctionsAccessLog).toContainEqual(
      expect.objectContaining({
        actor: 'head.bapas',
        fields: ['fullName', 'nik'],
        operation: expect.stringContaining('AuditMe'),
      }),
    );
    expect(JSON.parse(record.childProtectionDocument).protectionCases.map((p: { caseNumber: string }) => p.caseNumber)).toContain(
      pc.caseNumber,
    );
    const orderIds = new Set(world.orders.filter((o) => o.clientId === client.id).map((o) => o.id));
    const placements = JSON.parse(record.worksitesDocument).placements as Array<{ orderId: string }>;
    expect(placements.length).toBe(world.placements.filter((p) => orderIds.has(p.orderId)).length);
    expect(placements.length).toBeGreaterThan(0);
  });

  it('refuses the processing record to everyone but the auditor', async () => {
    const res = await postGraphQL(
      t.hub.gatewayUrl,
      '{ clientProcessingRecord(clientId: "00000000-0000-0000-0000-000000000000") { id } }',
      {},
      { token: await t.tokenFor('head.bapas') },
    );
    expect(res.body.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
  });
});
