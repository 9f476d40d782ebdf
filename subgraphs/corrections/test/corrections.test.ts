import { Client } from 'pg';
import { generateDemoWorld } from '@hub/demo';
import { fieldsWithoutRule } from '@hub/server';
import { claimsOfUser, postGraphQL, testToken, TEST_SUBGRAPH_SECRET, subgraphUnderTest } from '@hub/testing';
import type { HubClaims } from '@hub/auth';
import { createCorrectionsApp, permissions } from '@hub/corrections';

const SEED_TODAY = '2026-11-20';
const world = generateDemoWorld(SEED_TODAY);
const claimsOf = (username: string): HubClaims => claimsOfUser(world.users.find((u) => u.username === username)!);

const subgraph = subgraphUnderTest(createCorrectionsApp, 'corrections', world, [
  'head.bapas',
  'pk.rahman',
  'prosecutor.tjb',
  'analyst',
  'registrar.bapas',
  'auditor',
  'cm.tjb',
  'cm.jmb',
]);
beforeAll(subgraph.start);
afterAll(subgraph.stop);

const ask = (query: string, variables: Record<string, unknown> = {}, user = 'head.bapas') => subgraph.ask(query, variables, user);

describe('corrections subgraph against PostgreSQL', () => {
  it('refuses a request without the gateway secret before reading it', async () => {
    const res = await postGraphQL(subgraph.url, '{ clients { totalCount } }', {}, { token: subgraph.tokens['head.bapas']! });
    expect(res.status).toBe(401);
    expect(res.body.data).toBeUndefined();
  });

  it('refuses a request with the secret but no token', async () => {
    const res = await postGraphQL(
      subgraph.url,
      '{ _entities(representations: [{__typename: "Client", id: "x"}]) { __typename } }',
      {},
      { secret: TEST_SUBGRAPH_SECRET },
    );
    expect(res.status).toBe(401);
  });

  it('refuses a token signed with another secret', async () => {
    const forged = await testToken(claimsOf('head.bapas'), 'another-secret-that-is-long-enough-000000');
    const res = await postGraphQL(
      subgraph.url,
      '{ clients { totalCount } }',
      {},
      { token: forged, secret: TEST_SUBGRAPH_SECRET },
    );
    expect(res.status).toBe(401);
  });

  it('lists the seeded register for the head of Bapas, a page at a time', async () => {
    const first = await ask('{ clients(first: 10) { totalCount pageInfo { hasNextPage endCursor } nodes { registerNumber } } }');
    const data = first.body.data as {
      clients: { totalCount: number; pageInfo: { endCursor: string }; nodes: Array<{ registerNumber: string }> };
    };
    expect(data.clients.totalCount).toBe(world.clients.length);
    const sorted = world.clients.map((c) => c.registerNumber).sort();
    expect(data.clients.nodes.map((n) => n.registerNumber)).toEqual(sorted.slice(0, 10));
    const second = await ask('query($after: String) { clients(first: 10, after: $after) { nodes { registerNumber } } }', {
      after: data.clients.pageInfo.endCursor,
    });
    expect(
      (second.body.data as { clients: { nodes: Array<{ registerNumber: string }> } }).clients.nodes.map((n) => n.registerNumber),
    ).toEqual(sorted.slice(10, 20));
  });

  it('filters clients by district, category and status', async () => {
    const res = await ask(
      '{ clients(first: 100, filter: {districtCode: "1507", category: CHILD_IN_CONFLICT, status: POST_ADJUDICATION}) { totalCount } }',
    );
    const expected = world.clients.filter(
      (c) => c.districtCode === '1507' && c.category === 'CHILD_IN_CONFLICT' && c.status === 'POST_ADJUDICATION',
    ).length;
    expect((res.body.data as { clients: { totalCount: number } }).clients.totalCount).toBe(expected);
  });

  it('searches by name only for viewers who see full identities; by register number for everyone', async () => {
    const target = world.clients.find((c) => world.orders.some((o) => o.clientId === c.id && c.districtCode === '1507'))!;
    const surname = target.fullName.split(' ').slice(-1)[0]!;
    const q = 'query($s: String) { clients(first: 100, filter: {search: $s}) { nodes { registerNumber } } }';
    const byHead = await ask(q, { s: surname });
    expect(
      (byHead.body.data as { clients: { nodes: Array<{ registerNumber: string }> } }).clients.nodes.map((n) => n.registerNumber),
    ).toContain(target.registerNumber);
    const byProsecutor = await ask(q, { s: surname }, 'prosecutor.tjb');
    expect(JSON.stringify(byProsecutor.body)).not.toContain(target.registerNumber);
    const byNumber = await ask(q, { s: target.registerNumber }, 'prosecutor.tjb');
    expect(
      (byNumber.body.data as { clients: { nodes: Array<{ registerNumber: string }> } }).clients.nodes.map(
        (n) => n.registerNumber,
      ),
    ).toEqual([target.registerNumber]);
  });

  it('names the field and the rule when a filter district is not a Jambi district', async () => {
    const res = await ask('{ clients(filter: {districtCode: "9999"}) { totalCount } }');
    expect(res.body.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    expect(res.body.errors?.[0]?.extensions?.['field']).toBe('filter.districtCode');
  });

  it('shows a PK only assigned clients, with their identity', async () => {
    const officerId = claimsOf('pk.rahman').officer_id;
    const res = await ask('{ clients(first: 100) { totalCount nodes { identityAccess fullName } } }', {}, 'pk.rahman');
    const data = res.body.data as {
      clients: { totalCount: number; nodes: Array<{ identityAccess: string; fullName: string | null }> };
    };
    expect(data.clients.totalCount).toBe(world.clients.filter((c) => c.officerId === officerId).length);
    expect(data.clients.nodes.every((n) => n.identityAccess === 'FULL' && n.fullName)).toBe(true);
  });

  it('gives the prosecutor and the registrar the limited view: initials, no identity fields, no error per field', async () => {
    for (const user of ['prosecutor.tjb', 'registrar.bapas']) {
      const res = await ask(
        '{ clients(first: 20) { nodes { registerNumber displayName identityAccess fullName nik birthDate address guardianName } } }',
        {},
        user,
      );
      expect(res.body.errors).toBeUndefined();
      const nodes = (res.body.data as { clients: { nodes: Array<Record<string, unknown>> } }).clients.nodes;
      expect(nodes.length).toBeGreaterThan(0);
      for (const n of nodes) {
        expect(n).toMatchObject({
          identityAccess: 'LIMITED',
          fullName: null,
          nik: null,
          birthDate: null,
          address: null,
          guardianName: null,
        });
        expect(n['displayName']).toMatch(/^([A-Z]\.)+$/);
      }
    }
  });

  it('refuses an analyst any client record', async () => {
    const res = await ask('{ clients { totalCount } }', {}, 'analyst');
    expect(res.body.data).toBeNull();
    expect(res.body.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
  });

  it('refuses an analyst the same records through _entities', async () => {
    const id = world.clients[0]!.id;
    const res = await ask(
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on Client { registerNumber displayName } } }',
      {
        r: [{ __typename: 'Client', id }],
      },
      'analyst',
    );
    expect(JSON.stringify(res.body)).not.toContain(world.clients[0]!.registerNumber);
    expect((res.body.data as { _entities: unknown[] } | null)?._entities ?? [null]).toEqual([null]);
  });

  it("gives DP3AP2KB staff a referred child's identity while the referral is open, and nothing of others", async () => {
    const cm = world.users.find((u) => u.username === 'cm.tjb')!;
    const linked = world.protectionCases.filter((p) => p.clientId && cm.districts.includes(p.districtCode));
    expect(linked.length).toBeGreaterThan(1);
    const unreferred = world.clients.find((c) => !world.referrals.some((r) => r.clientId === c.id))!;
    const ids = [...linked.map((p) => p.clientId!), unreferred.id];
    const res = await ask(
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on Client { id identityAccess fullName referrals { status } } } }',
      { r: ids.map((id) => ({ __typename: 'Client', id })) },
      'cm.tjb',
    );
    expect(res.body.errors).toBeUndefined();
    const rows = (res.body.data as { _entities: Array<{ id: string; identityAccess: string; fullName: string | null } | null> })
      ._entities;
    for (const pc of linked) {
      const row = rows.find((r) => r?.id === pc.clientId)!;
      const open = pc.status !== 'CLOSED';
      expect(row.identityAccess).toBe(open ? 'FULL' : 'LIMITED');
      expect(row.fullName).toBe(open ? world.clients.find((c) => c.id === pc.clientId)!.fullName : null);
    }
    expect(rows[rows.length - 1]).toBeNull();
    expect(JSON.stringify(res.body)).not.toContain(unreferred.fullName);
  });

  it("gives another district's case manager no personal data of a referred child through _entities", async () => {
    const linked = world.protectionCases.filter((p) => p.clientId && p.districtCode === '1507');
    const res = await ask(
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on Client { id registerNumber displayName fullName nik } } }',
      { r: linked.map((p) => ({ __typename: 'Client', id: p.clientId })) },
      'cm.jmb',
    );
    expect((res.body.data as { _entities: unknown[] })._entities.every((e) => e === null)).toBe(true);
    for (const p of linked) expect(JSON.stringify(res.body)).not.toContain(world.clients.find((c) => c.id === p.clientId)!.nik);
  });

  it('resolves any number of client references in a fixed number of SQL statements', async () => {
    const query =
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on Client { registerNumber officer { name } cases { caseNumber } } } }';
    const few = await ask(query, { r: world.clients.slice(0, 3).map((c) => ({ __typename: 'Client', id: c.id })) });
    const many = await ask(query, { r: world.clients.slice(0, 60).map((c) => ({ __typename: 'Client', id: c.id })) });
    expect(few.body.errors).toBeUndefined();
    expect(many.body.errors).toBeUndefined();
    expect((many.body.data as { _entities: unknown[] })._entities).toHaveLength(60);
    // clients, officers, cases, and one access-log insert for the case data returned
    expect(Number(few.headers.get('x-hub-sql-statements'))).toBe(4);
    expect(Number(many.headers.get('x-hub-sql-statements'))).toBe(4);
  });

  it('computes diversion eligibility from the offence with the article in the reason', async () => {
    const res = await ask(
      '{ clients(first: 100) { nodes { cases { offense { maxTermMonths } diversion { eligible reason } } } } }',
    );
    const cases = (
      res.body.data as {
        clients: {
          nodes: Array<{
            cases: Array<{ offense: { maxTermMonths: number }; diversion: { eligible: boolean; reason: string } }>;
          }>;
        };
      }
    ).clients.nodes.flatMap((n) => n.cases);
    expect(cases.length).toBeGreaterThan(0);
    for (const c of cases) {
      expect(c.diversion.eligible).toBe(c.offense.maxTermMonths < 84);
      expect(c.diversion.reason).toContain('SPPA Art. 7(2)');
    }
  });

  it('writes exactly one access-log row per child whose identity a query returned, with the fields', async () => {
    const res = await ask(
      'query ThreeChildrenForAudit { clients(first: 3, filter: {category: CHILD_IN_CONFLICT}) { nodes { id fullName nik } } }',
    );
    const ids = (res.body.data as { clients: { nodes: Array<{ id: string }> } }).clients.nodes.map((n) => n.id);
    expect(ids).toHaveLength(3);
    const log = await ask(
      '{ correctionsAccessLog(first: 100, filter: {actor: "head.bapas"}) { nodes { subjectType subjectId fields operation role agency correlationId } } }',
      {},
      'auditor',
    );
    expect(log.body.errors).toBeUndefined();
    const rows = (
      log.body.data as { correctionsAccessLog: { nodes: Array<Record<string, unknown>> } }
    ).correctionsAccessLog.nodes.filter((n) => n['operation'] === 'ThreeChildrenForAudit');
    expect(rows.map((r) => r['subjectId']).sort()).toEqual([...ids].sort());
    for (const row of rows)
      expect(row).toMatchObject({ subjectType: 'Client', fields: ['fullName', 'nik'], role: 'BAPAS_HEAD', agency: 'BAPAS' });
  });

  it('keeps the access log append-only: UPDATE, DELETE and TRUNCATE fail', async () => {
    const pg = new Client({ connectionString: subgraph.databaseUrl });
    await pg.connect();
    try {
      for (const sql of ['update access_log set actor = $$someone$$', 'delete from access_log', 'truncate access_log']) {
        await expect(pg.query(sql)).rejects.toThrow(/append-only/);
      }
      const { rows } = await pg.query('select count(*)::int as n from access_log');
      expect(rows[0].n).toBeGreaterThan(0);
    } finally {
      await pg.end();
    }
  });

  it('returns no personal data when the access log cannot be written', async () => {
    const pg = new Client({ connectionString: subgraph.databaseUrl });
    await pg.connect();
    await pg.query(`create function refuse_insert() returns trigger language plpgsql as $$ begin raise exception 'disk full'; end $$;
      create trigger access_log_refuse before insert on access_log for each row execute function refuse_insert();`);
    try {
      const res = await ask('{ clients(first: 5) { nodes { registerNumber fullName nik address } } }');
      expect(res.body.data ?? null).toBeNull();
      expect(res.body.errors?.[0]?.extensions?.['code']).toBe('SERVICE_UNAVAILABLE');
      const text = JSON.stringify(res.body);
      for (const c of world.clients) {
        expect(text).not.toContain(c.fullName);
        expect(text).not.toContain(c.nik);
      }
    } finally {
      await pg.query('drop trigger access_log_refuse on access_log; drop function refuse_insert();');
      await pg.end();
    }
  });

  it('shows the access log to auditors only', async () => {
    const res = await ask('{ correctionsAccessLog { totalCount } }');
    expect(res.body.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
  });

  it('masks a database failure: no SQL, no values, a correlation id', async () => {
    const pg = new Client({ connectionString: subgraph.databaseUrl });
    await pg.connect();
    await pg.query('alter table officer rename to officer_moved');
    try {
      const res = await ask('{ clients(first: 5) { nodes { registerNumber officer { name nip } } } }');
      const errors = res.body.errors ?? [];
      expect(errors.length).toBeGreaterThan(0);
      for (const e of errors) {
        expect(e.extensions?.['code']).toBe('INTERNAL_SERVER_ERROR');
        expect(e.extensions?.['correlationId']).toBeTruthy();
        expect(e.message).not.toMatch(/select|officer|from/i);
      }
      for (const c of world.clients) expect(JSON.stringify(errors)).not.toContain(c.id);
    } finally {
      await pg.query('alter table officer_moved rename to officer');
      await pg.end();
    }
  });

  it('gives an analyst client counts with no count from 1 to 4, each rounded to a multiple of 5 near the true count', async () => {
    const res = await ask(
      '{ correctionsStatistics { threshold total byDistrict { dimension cells { key count suppressed } } byCategory { cells { key count suppressed } } byStatus { cells { key count suppressed } } byAgeBand { cells { key count suppressed } } bySex { cells { key count suppressed } } } }',
      {},
      'analyst',
    );
    expect(res.body.errors).toBeUndefined();
    const stats = (res.body.data as { correctionsStatistics: Record<string, unknown> }).correctionsStatistics as {
      threshold: number;
      total: number;
    } & Record<string, { cells: Array<{ key: string; count: number | null; suppressed: boolean }> }>;
    expect(stats.threshold).toBe(5);
    const near = (published: number, truth: number) => {
      expect(published % 5).toBe(0);
      expect(Math.abs(published - truth)).toBeLessThan(5);
    };
    near(stats.total, world.clients.length);
    for (const dim of ['byDistrict', 'byCategory', 'byStatus', 'byAgeBand', 'bySex']) {
      const cells = stats[dim]!.cells;
      for (const c of cells) if (c.count !== null) expect(c.count === 0 || (c.count >= 5 && c.count % 5 === 0)).toBe(true);
    }
    const children = world.clients.filter((c) => c.category === 'CHILD_IN_CONFLICT').length;
    near(stats['byCategory']!.cells.find((c) => c.key === 'CHILD_IN_CONFLICT')!.count!, children);
  });

  it('counts the client statistics in one grouped SQL statement, loading no client', async () => {
    const knex = subgraph.app.orm.em.getConnection().getKnex();
    const seen: string[] = [];
    const onQuery = (q: { sql: string }) => seen.push(q.sql);
    knex.on('query', onQuery);
    try {
      const res = await ask('{ correctionsStatistics { total byAgeBand { cells { key count } } } }', {}, 'analyst');
      expect(res.body.errors).toBeUndefined();
      expect(Number(res.headers.get('x-hub-sql-statements'))).toBe(1);
    } finally {
      knex.removeListener('query', onQuery);
    }
    expect(seen).toHaveLength(1);
    expect(seen[0]).toMatch(/group by/i);
    expect(seen[0]).not.toMatch(/"id"|full_name|nik/);
  });

  it('suppresses the total of a district with fewer than five clients', async () => {
    const small = ['1501', '1502', '1503', '1504', '1505', '1506', '1508', '1509', '1572'].find((d) => {
      const n = world.clients.filter((c) => c.districtCode === d).length;
      return n >= 1 && n < 5;
    });
    if (!small) return;
    const res = await ask(
      'query($d: String) { correctionsStatistics(filter: {districtCode: $d}) { total totalSuppressed } }',
      { d: small },
      'analyst',
    );
    expect(
      (res.body.data as { correctionsStatistics: { total: number | null; totalSuppressed: boolean } }).correctionsStatistics,
    ).toEqual({
      total: null,
      totalSuppressed: true,
    });
  });

  it('has a permission rule for every field of every type', async () => {
    expect(fieldsWithoutRule(subgraph.app.schema, permissions)).toEqual([]);
  });
});
