import { jakartaDate, workingDaysInclusive } from '@hub/reference';
import { postGraphQL } from '@hub/testing';
import { startTestHub, type TestHub } from './hub';

let t: TestHub;
let headToken: string;

beforeAll(async () => {
  t = await startTestHub();
  headToken = await t.tokenFor('head.bapas');
});

afterAll(async () => {
  await t?.stop();
});

const CASE_VIEW = `query CaseView($first: Int!, $filter: ClientFilter) {
  clients(first: $first, filter: $filter) {
    totalCount
    nodes {
      id registerNumber displayName identityAccess
      officer { name }
      cases { caseNumber offense { code } diversion { eligible } }
      communityServiceOrders {
        id kind orderedHours deadline hoursCompleted hoursRemaining onTrack
        placements { site { name } hoursCredited status }
      }
      protectionCases { caseNumber status }
    }
  }
}`;

interface CaseViewClient {
  id: string;
  registerNumber: string;
  displayName: string;
  identityAccess: string;
  officer: { name: string } | null;
  cases: Array<{ caseNumber: string }>;
  communityServiceOrders: Array<{
    id: string;
    orderedHours: number;
    deadline: string;
    hoursCompleted: number;
    hoursRemaining: number;
    onTrack: boolean;
    placements: Array<{ site: { name: string }; hoursCredited: number }>;
  }>;
  protectionCases: Array<{ caseNumber: string }>;
}

describe('the cross-agency case view through the gateway', () => {
  it('joins clients, officers, cases, orders with their hours and protection cases from the three agencies, as seeded', async () => {
    const res = await postGraphQL<{ clients: { totalCount: number; nodes: CaseViewClient[] } }>(
      t.hub.gatewayUrl,
      CASE_VIEW,
      { first: 50, filter: { districtCode: '1507' } },
      { token: headToken },
    );
    expect(res.status).toBe(200);
    expect(res.body.errors).toBeUndefined();
    const { world } = t;
    const expectedClients = world.clients.filter((c) => c.districtCode === '1507');
    expect(res.body.data!.clients.totalCount).toBe(expectedClients.length);
    const nodes = res.body.data!.clients.nodes;
    expect(nodes.length).toBe(Math.min(50, expectedClients.length));
    let ordersSeen = 0;
    let protectionSeen = 0;
    for (const node of nodes) {
      const client = world.clients.find((c) => c.id === node.id)!;
      expect(node.displayName).toBe(client.fullName);
      expect(node.officer?.name ?? null).toBe(world.officers.find((o) => o.id === client.officerId)?.name ?? null);
      expect(node.cases.map((c) => c.caseNumber).sort()).toEqual(
        world.cases
          .filter((c) => c.clientId === client.id)
          .map((c) => c.caseNumber)
          .sort(),
      );
      const linked = world.protectionCases.filter((p) => p.clientId === client.id);
      expect(node.protectionCases.map((p) => p.caseNumber).sort()).toEqual(linked.map((p) => p.caseNumber).sort());
      protectionSeen += linked.length;
      for (const order of node.communityServiceOrders) {
        ordersSeen += 1;
        const placements = world.placements.filter((p) => p.orderId === order.id);
        const ids = new Set(placements.map((p) => p.id));
        const attended = world.attendance
          .filter((a) => ids.has(a.placementId) && a.outcome === 'ATTENDED')
          .reduce((s, a) => s + a.hours, 0);
        expect(order.hoursCompleted).toBeCloseTo(attended, 5);
        expect(order.hoursRemaining).toBeCloseTo(Math.max(0, order.orderedHours - attended), 5);
        const cap = placements.length ? placements[placements.length - 1]!.maxHoursPerDay : 8;
        const remaining = Math.max(0, order.orderedHours - attended);
        expect(order.onTrack).toBe(
          remaining <= 0 || remaining <= workingDaysInclusive(jakartaDate(new Date()), order.deadline) * cap,
        );
        expect(order.placements).toHaveLength(placements.length);
        expect(order.placements.reduce((s, p) => s + p.hoursCredited, 0)).toBeCloseTo(attended, 5);
      }
    }
    // The page must really exercise all three subgraphs.
    expect(ordersSeen).toBeGreaterThan(0);
    expect(protectionSeen).toBeGreaterThan(0);
  });

  it('costs the same SQL statements and subgraph fetches for a page of 5 clients as for a page of 50', async () => {
    const cost = async (first: number) => {
      const res = await postGraphQL(
        t.hub.gatewayUrl,
        CASE_VIEW,
        { first, filter: { status: 'POST_ADJUDICATION' } },
        { token: headToken },
      );
      expect(res.body.errors).toBeUndefined();
      const nodes = (res.body.data as { clients: { nodes: CaseViewClient[] } }).clients.nodes;
      return {
        clients: nodes.length,
        orders: nodes.reduce((s, n) => s + n.communityServiceOrders.length, 0),
        sql: Number(res.headers.get('x-hub-sql-statements')),
        fetches: Number(res.headers.get('x-hub-subgraph-fetches')),
      };
    };
    const small = await cost(5);
    const large = await cost(50);
    expect(small.clients).toBe(5);
    expect(large.clients).toBeGreaterThan(small.clients);
    expect(small.orders).toBeGreaterThan(0);
    expect(large.sql).toBe(small.sql);
    expect(large.fetches).toBe(small.fetches);
    expect(large.fetches).toBe(3);
  });
});

describe('the security skeleton', () => {
  it('refuses a request without a token at the gateway', async () => {
    const res = await postGraphQL(t.hub.gatewayUrl, '{ clients { totalCount } }');
    expect(res.status).toBe(401);
    expect(res.body.errors?.[0]?.extensions?.['code']).toBe('UNAUTHENTICATED');
    expect(res.body.data).toBeUndefined();
  });

  it('refuses a token signed with another secret at the gateway', async () => {
    const res = await postGraphQL(t.hub.gatewayUrl, '{ clients { totalCount } }', {}, { token: `${headToken.slice(0, -4)}AAAA` });
    expect(res.status).toBe(401);
  });

  it('refuses a direct request to a subgraph without its secret, even with a valid token', async () => {
    for (const url of Object.values(t.hub.subgraphUrls)) {
      const res = await postGraphQL(url, '{ __typename }', {}, { token: headToken });
      expect(res.status).toBe(401);
    }
  });

  it('refuses a subgraph secret that belongs to another subgraph', async () => {
    const res = await postGraphQL(
      t.hub.subgraphUrls.corrections,
      '{ __typename }',
      {},
      { token: headToken, secret: t.secrets.subgraphSecrets.worksites },
    );
    expect(res.status).toBe(401);
  });

  it('answers health without a token, and readiness once every subgraph is ready', async () => {
    const base = t.hub.gatewayUrl.replace(/\/graphql$/, '');
    expect((await fetch(`${base}/health`)).status).toBe(200);
    expect((await fetch(`${base}/ready`)).status).toBe(200);
  });

  it('gives an analyst no client record through the gateway', async () => {
    const res = await postGraphQL(
      t.hub.gatewayUrl,
      '{ clients { nodes { registerNumber } } }',
      {},
      { token: await t.tokenFor('analyst') },
    );
    expect(res.body.data ?? null).toBeNull();
    expect(res.body.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
  });
});

describe('when a subgraph is down', () => {
  it('answers with a masked error that names no internal address, and a correlation id', async () => {
    const worksites = t.hub.processes.find((p) => p.name === 'worksites')!;
    worksites.child.kill('SIGKILL');
    await worksites.exited;
    const res = await postGraphQL(
      t.hub.gatewayUrl,
      '{ communityServiceOrders(first: 5) { nodes { id hoursRemaining } } }',
      {},
      { token: headToken },
    );
    const text = JSON.stringify(res.body);
    expect(res.body.errors?.length).toBeGreaterThan(0);
    expect(text).not.toMatch(/127\.0\.0\.1|localhost|ECONNREFUSED|http:\/\//);
    expect(text).not.toContain(String(new URL(t.hub.subgraphUrls.worksites).port));
    for (const e of res.body.errors ?? []) expect(e.extensions?.['correlationId']).toBeTruthy();
  });
});
