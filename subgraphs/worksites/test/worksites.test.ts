import { generateDemoWorld } from '@hub/demo';
import { createLogger } from '@hub/errors';
import { fieldsWithoutRule, listen } from '@hub/server';
import { claimsOfUser, createTestDatabase, postGraphQL, testSubgraphConfig, testToken, TEST_SUBGRAPH_SECRET } from '@hub/testing';
import { createWorksitesApp, permissions } from '@hub/worksites';

const SEED_TODAY = '2026-11-20';
const world = generateDemoWorld(SEED_TODAY);
const user = (username: string) => world.users.find((u) => u.username === username)!;

let db: Awaited<ReturnType<typeof createTestDatabase>>;
let app: Awaited<ReturnType<typeof createWorksitesApp>>;
let url: string;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  db = await createTestDatabase('worksites');
  app = await createWorksitesApp(testSubgraphConfig(db.url, { seedToday: SEED_TODAY }), createLogger('test', 'silent'));
  url = `http://127.0.0.1:${await listen(app.http, 0, '127.0.0.1')}/graphql`;
  for (const u of ['pk.rahman', 'supervisor.tjb', 'prosecutor.tjb', 'analyst'])
    tokens[u] = await testToken(claimsOfUser(user(u)));
});

afterAll(async () => {
  await app?.close();
  await db?.drop();
});

const ask = (query: string, variables: Record<string, unknown>, username: string) =>
  postGraphQL(url, query, variables, { token: tokens[username]!, secret: TEST_SUBGRAPH_SECRET });

const ORDER_LEDGER = `query($r: [_Any!]!) { _entities(representations: $r) {
  ... on CommunityServiceOrder { id hoursCompleted hoursRemaining placements { id hoursCredited site { name } } } } }`;

function attendedHours(orderId: string): number {
  const placementIds = new Set(world.placements.filter((p) => p.orderId === orderId).map((p) => p.id));
  return world.attendance
    .filter((a) => placementIds.has(a.placementId) && a.outcome === 'ATTENDED')
    .reduce((s, a) => s + a.hours, 0);
}

describe('worksites subgraph against PostgreSQL', () => {
  it("credits each order with the attended hours of all its placements, and what remains of the court's hours", async () => {
    const res = await ask(
      ORDER_LEDGER,
      {
        r: world.orders.map((o) => ({
          __typename: 'CommunityServiceOrder',
          id: o.id,
          orderedHours: o.orderedHours,
          deadline: o.deadline,
        })),
      },
      'prosecutor.tjb',
    );
    expect(res.body.errors).toBeUndefined();
    const rows = (res.body.data as { _entities: Array<{ id: string; hoursCompleted: number; hoursRemaining: number }> })
      ._entities;
    for (const order of world.orders) {
      const row = rows.find((r) => r.id === order.id)!;
      expect(row.hoursCompleted).toBeCloseTo(attendedHours(order.id), 5);
      expect(row.hoursRemaining).toBeCloseTo(Math.max(0, order.orderedHours - attendedHours(order.id)), 5);
    }
    const moved = world.orders.find((o) => world.placements.filter((p) => p.orderId === o.id).length > 1)!;
    expect(rows.find((r) => r.id === moved.id)!.hoursCompleted).toBeGreaterThan(0);
  });

  it('costs the same SQL statements for 2 orders as for all of them', async () => {
    const reps = world.orders.map((o) => ({
      __typename: 'CommunityServiceOrder',
      id: o.id,
      orderedHours: o.orderedHours,
      deadline: o.deadline,
    }));
    const few = await ask(ORDER_LEDGER, { r: reps.slice(0, 2) }, 'prosecutor.tjb');
    const all = await ask(ORDER_LEDGER, { r: reps }, 'prosecutor.tjb');
    expect(Number(few.headers.get('x-hub-sql-statements'))).toBe(Number(all.headers.get('x-hub-sql-statements')));
    expect(Number(all.headers.get('x-hub-sql-statements'))).toBeLessThanOrEqual(4);
  });

  it("shows a site supervisor only their own provider's sites, and a PK the whole catalogue", async () => {
    const mine = await ask('{ workSites(first: 100) { totalCount nodes { provider { id } } } }', {}, 'supervisor.tjb');
    const nodes = (mine.body.data as { workSites: { totalCount: number; nodes: Array<{ provider: { id: string } }> } }).workSites;
    expect(nodes.totalCount).toBe(world.workSites.filter((s) => s.providerId === user('supervisor.tjb').providerId).length);
    expect(nodes.nodes.every((n) => n.provider.id === user('supervisor.tjb').providerId)).toBe(true);
    const all = await ask('{ workSites(first: 100) { totalCount } }', {}, 'pk.rahman');
    expect((all.body.data as { workSites: { totalCount: number } }).workSites.totalCount).toBe(world.workSites.length);
  });

  it('filters the catalogue by child suitability', async () => {
    const res = await ask(
      '{ workSites(first: 100, filter: {childSuitable: true}) { nodes { childSuitable } totalCount } }',
      {},
      'pk.rahman',
    );
    const data = (res.body.data as { workSites: { totalCount: number } }).workSites;
    expect(data.totalCount).toBe(world.workSites.filter((s) => s.childSuitable).length);
  });

  it('refuses an analyst any placement', async () => {
    const res = await ask('{ workSites { totalCount } }', {}, 'analyst');
    expect(res.body.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
  });

  it('gives an analyst placements and hours by site kind with small cells suppressed, hours hidden with them', async () => {
    tokens['analyst'] = tokens['analyst'] ?? (await testToken(claimsOfUser(user('analyst'))));
    const res = await ask(
      '{ workSiteStatistics { placements bySiteKind { cells { key count value suppressed } } byDistrict { cells { key count value suppressed } } activeSites capacity capacityInUse } }',
      {},
      'analyst',
    );
    expect(res.body.errors).toBeUndefined();
    const stats = (res.body.data as { workSiteStatistics: Record<string, unknown> }).workSiteStatistics as {
      placements: number;
      activeSites: number;
      capacityInUse: number;
    } & Record<string, { cells: Array<{ count: number | null; value: number | null; suppressed: boolean }> }>;
    expect(stats.placements).toBe(world.placements.length);
    expect(stats.activeSites).toBe(world.workSites.filter((s) => s.active).length);
    expect(stats.capacityInUse).toBe(world.placements.filter((p) => p.status === 'ACTIVE').length);
    for (const dim of ['bySiteKind', 'byDistrict']) {
      for (const c of stats[dim]!.cells) {
        if (c.suppressed) expect(c.value).toBeNull();
        else expect(c.count === 0 || c.count! >= 5).toBe(true);
      }
    }
  });

  it('has a permission rule for every field of every type', () => {
    expect(fieldsWithoutRule(app.schema, permissions)).toEqual([]);
  });
});
