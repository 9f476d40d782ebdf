import { Client as PgClient } from 'pg';
import { SUBGRAPH_NAMES, type SubgraphName } from '@hub/config';
import { loadScaleWorld, scaleBaseOf } from '@hub/dev';
import { postGraphQL } from '@hub/testing';
import { startTestHub, type TestHub } from './hub';

/**
 * The dashboards' queries at a modest scale (the generator's world of 20,000 clients on top of the
 * demo, planner statistics fresh) must be answered from indexes: after running them through the
 * gateway, PostgreSQL's own per-table counter of sequential scans must not have moved on any large
 * table. A missing index (a foreign key, a list filter, the name search) makes this test fail.
 */

const CLIENTS = 20_000;

/** Tables that grow with the number of clients; small catalogues (officers, sites) may be scanned. */
const LARGE_TABLES: Record<SubgraphName, string[]> = {
  corrections: ['client', 'case_file', 'community_service_order', 'social_inquiry_report', 'referral', 'officer_assignment'],
  'child-protection': ['protection_case', 'psychosocial_service', 'referral_response', 'child_identity'],
  worksites: ['placement', 'attendance_record'],
};

let t: TestHub;
const tokens: Record<string, string> = {};

async function seqScans(): Promise<Record<string, number>> {
  const counts: Record<string, number> = {};
  for (const name of SUBGRAPH_NAMES) {
    const db = new PgClient({ connectionString: t.hub.databaseUrls[name] });
    await db.connect();
    try {
      const { rows } = await db.query<{ relname: string; seq_scan: string }>(
        'select relname, seq_scan from pg_stat_user_tables where relname = any($1)',
        [LARGE_TABLES[name]],
      );
      for (const r of rows) counts[r.relname] = Number(r.seq_scan);
    } finally {
      await db.end();
    }
  }
  return counts;
}

async function ask<T>(user: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const res = await postGraphQL<T>(t.hub.gatewayUrl, query, variables, { token: tokens[user]! });
  expect(res.body.errors).toBeUndefined();
  return res.body.data as T;
}

const CASE_VIEW = `query CaseView($first: Int!, $after: String, $filter: ClientFilter) {
  clients(first: $first, after: $after, filter: $filter) {
    pageInfo { hasNextPage endCursor }
    nodes {
      id registerNumber displayName identityAccess
      officer { name }
      cases { caseNumber offense { code } diversion { eligible } }
      communityServiceOrders { kind orderedHours hoursCompleted hoursRemaining onTrack placements { site { name } hoursCredited } }
      protectionCases { caseNumber status }
    }
  }
}`;

type Page = {
  clients: { pageInfo: { hasNextPage: boolean; endCursor: string }; nodes: Array<{ id: string; registerNumber: string }> };
};

beforeAll(async () => {
  t = await startTestHub();
  for (const u of ['head.bapas', 'pk.rahman', 'prosecutor.tjb', 'cm.tjb', 'site.supervisor']) {
    if (t.world.users.some((x) => x.username === u)) tokens[u] = await t.tokenFor(u);
  }
  await loadScaleWorld({ databaseUrls: t.hub.databaseUrls, base: scaleBaseOf(t.world), clients: CLIENTS });
}, 240_000);

afterAll(async () => {
  await t?.stop();
});

describe('at 20,000 clients', () => {
  it('keeps the next page where it was when a record is inserted before the cursor (keyset, not offset)', async () => {
    const list =
      'query($after: String) { clients(first: 5, after: $after, filter: {districtCode: "1507"}) { pageInfo { endCursor } nodes { registerNumber } } }';
    type List = { clients: { pageInfo: { endCursor: string }; nodes: Array<{ registerNumber: string }> } };
    const first = await ask<List>('head.bapas', list);
    const next = await ask<List>('head.bapas', list, { after: first.clients.pageInfo.endCursor });
    const db = new PgClient({ connectionString: t.hub.databaseUrls.corrections });
    await db.connect();
    try {
      await db.query(
        `insert into client (id, register_number, full_name, nik, birth_date, address, sex, district_code, category, status, registered_at)
         values ('00000000-0000-4000-8000-000000000001', 'BAPAS-JMB-0000-0001', 'Budi Santoso', '1507010101900001', '1990-01-01',
                 'Jl. Contoh No. 1', 'MALE', '1507', 'ADULT', 'REGISTERED', now())`,
      );
    } finally {
      await db.end();
    }
    const again = await ask<List>('head.bapas', list, { after: first.clients.pageInfo.endCursor });
    expect(again.clients.nodes).toEqual(next.clients.nodes);
    const top = await ask<List>('head.bapas', list);
    expect(top.clients.nodes[0]!.registerNumber).toBe('BAPAS-JMB-0000-0001');
  });

  it('counts only when asked: totalCount costs one statement, the estimate one EXPLAIN that reads no row, and it is near the exact count', async () => {
    const statements = async (selection: string) => {
      const res = await postGraphQL<{ clients: { totalCount?: number; estimatedTotalCount?: number } }>(
        t.hub.gatewayUrl,
        `{ clients(first: 5, filter: {status: POST_ADJUDICATION}) { ${selection} nodes { id } } }`,
        {},
        { token: tokens['head.bapas']! },
      );
      expect(res.body.errors).toBeUndefined();
      return { sql: Number(res.headers.get('x-hub-sql-statements')), data: res.body.data!.clients };
    };
    const plain = await statements('');
    const counted = await statements('totalCount');
    const estimated = await statements('estimatedTotalCount');
    expect(counted.sql).toBe(plain.sql + 1);
    expect(estimated.sql).toBe(plain.sql + 1);
    expect(estimated.data.estimatedTotalCount!).toBeGreaterThan(counted.data.totalCount! * 0.5);
    expect(estimated.data.estimatedTotalCount!).toBeLessThan(counted.data.totalCount! * 2);
  });

  it("lists a prosecutor's clients, a case manager's clients and a PK's orders in one statement (the scope is a subquery)", async () => {
    for (const [user, query] of [
      ['prosecutor.tjb', '{ clients(first: 5) { nodes { id } } }'],
      ['cm.tjb', '{ clients(first: 5) { nodes { id } } }'],
      ['pk.rahman', '{ communityServiceOrders(first: 5) { nodes { id } } }'],
    ] as const) {
      const res = await postGraphQL(t.hub.gatewayUrl, query, {}, { token: tokens[user]! });
      expect(res.body.errors).toBeUndefined();
      expect([user, Number(res.headers.get('x-hub-sql-statements'))]).toEqual([user, 1]);
    }
  });

  it('answers the case view, deep pages, filters, search and the orders view without scanning a large table', async () => {
    const before = await seqScans();
    // The case view, and a page deep in the list (keyset: it reads from the cursor on, not from the start).
    let page = await ask<Page>('head.bapas', CASE_VIEW, { first: 50 });
    for (let i = 0; i < 3; i += 1) {
      page = await ask<Page>('head.bapas', CASE_VIEW, { first: 50, after: page.clients.pageInfo.endCursor });
    }
    // A filtered list with its count, and name and register-number searches.
    await ask(
      'head.bapas',
      '{ clients(first: 50, filter: {districtCode: "1507", status: POST_ADJUDICATION}) { totalCount nodes { id } } }',
    );
    await ask('head.bapas', '{ clients(first: 50, filter: {search: "Siregar"}) { nodes { id fullName } } }');
    await ask('head.bapas', '{ clients(first: 50, filter: {search: "Zulkarnain Hasibuan"}) { nodes { id } } }');
    await ask('head.bapas', '{ clients(first: 50, filter: {search: "BAPAS-JMB-2025-10012"}) { nodes { id } } }');
    // A PK's own clients, the prosecutor's orders, the DP3AP2KB lists.
    await ask('pk.rahman', '{ clients(first: 50) { totalCount nodes { id cases { caseNumber } } } }');
    const orders = await ask<{ communityServiceOrders: { pageInfo: { endCursor: string } } }>(
      'prosecutor.tjb',
      '{ communityServiceOrders(first: 50) { pageInfo { endCursor } nodes { id orderedHours hoursCompleted onTrack } } }',
    );
    await ask('prosecutor.tjb', 'query($after: String) { communityServiceOrders(first: 50, after: $after) { nodes { id } } }', {
      after: orders.communityServiceOrders.pageInfo.endCursor,
    });
    await ask('head.bapas', '{ communityServiceOrders(first: 50, filter: {status: ACTIVE}) { nodes { id hoursRemaining } } }');
    await ask('cm.tjb', '{ protectionCases(first: 50) { nodes { caseNumber status } } }');
    // Scopes built from other tables (a prosecutor's or a case manager's clients). Not a PK's orders:
    // the generated world has the demo's few officers, so a PK holds a tenth of all clients, and
    // reading the orders table whole is then the right plan.
    await ask('prosecutor.tjb', '{ clients(first: 50) { nodes { id registerNumber } } }');
    await ask('cm.tjb', '{ clients(first: 50) { nodes { id registerNumber } } }');
    await ask('cm.tjb', '{ incomingReferrals(first: 50) { nodes { id } } }');
    // Statistics read every client on purpose (aggregates); they are measured by the bench, not here.
    // Counters are flushed when a connection closes: stop the services, then read them.
    await t.hub.stop();
    const after = await seqScans();
    const scanned = Object.keys(after).filter((table) => after[table]! > (before[table] ?? 0));
    expect(scanned).toEqual([]);
  });
});
