import { Client as PgClient } from 'pg';
import { generateDemoWorld } from '@hub/demo';
import { addDays, jakartaDate } from '@hub/reference';
import { fieldsWithoutRule } from '@hub/server';
import { claimsOfUser, postGraphQL, testToken, TEST_SUBGRAPH_SECRET, subgraphUnderTest } from '@hub/testing';
import { createWorksitesApp, permissions } from '@hub/worksites';

const SEED_TODAY = '2026-11-20';
const world = generateDemoWorld(SEED_TODAY);
const user = (username: string) => world.users.find((u) => u.username === username)!;

const subgraph = subgraphUnderTest(createWorksitesApp, 'worksites', world, [
  'pk.rahman',
  'supervisor.tjb',
  'supervisor.jmb',
  'prosecutor.tjb',
  'analyst',
  'provider.tjb',
  'provider.jmb',
  'head.bapas',
]);
beforeAll(subgraph.start);
afterAll(subgraph.stop);
const ask = subgraph.ask;

const ORDER_LEDGER = `query($r: [_Any!]!) { _entities(representations: $r) {
  ... on CommunityServiceOrder { id hoursCompleted hoursRemaining placements { id hoursCredited site { name } } } } }`;

function attendedHours(orderId: string): number {
  const placementIds = new Set(world.placements.filter((p) => p.orderId === orderId).map((p) => p.id));
  return world.attendance
    .filter((a) => placementIds.has(a.placementId) && a.outcome === 'ATTENDED')
    .reduce((s, a) => s + a.hours, 0);
}

describe('worksites subgraph against PostgreSQL', () => {
  it('lets no SQL statement run longer than the gateway waits (statement_timeout on its connections)', async () => {
    const [row] = (await subgraph.app.orm.em.fork().getConnection().execute('show statement_timeout')) as Array<{
      statement_timeout: string;
    }>;
    expect(row?.statement_timeout).toBe('10s');
  });

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
      'head.bapas',
    );
    expect(res.body.errors).toBeUndefined();
    const rows = (res.body.data as { _entities: Array<{ id: string; hoursCompleted: number; hoursRemaining: number }> })
      ._entities;
    for (const order of world.orders) {
      const row = rows.find((r) => r.id === order.id)!;
      expect(row.hoursCompleted).toBeCloseTo(attendedHours(order.id), 5);
      expect(row.hoursRemaining).toBeCloseTo(Math.max(0, order.orderedHours - attendedHours(order.id)), 5);
    }
    const breached = world.orders.filter((o) => o.status === 'BREACHED').map((o) => o.id);
    const signals = await ask(
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on CommunityServiceOrder { id unacceptableAbsences breachSignal } } }',
      { r: breached.map((id) => ({ __typename: 'CommunityServiceOrder', id })) },
      'prosecutor.tjb',
    );
    // The prosecutor of Tanjung Jabung Barat supervises that district's orders only (KUHP Art. 85(8)).
    const districtOf = (orderId: string) =>
      world.clients.find((c) => c.id === world.orders.find((o) => o.id === orderId)!.clientId)!.districtCode;
    const signalRows = (
      signals.body.data as { _entities: Array<{ id: string; unacceptableAbsences: number | null; breachSignal: boolean | null }> }
    )._entities;
    expect(signalRows.some((r) => districtOf(r.id) === '1507')).toBe(true);
    for (const row of signalRows) {
      if (districtOf(row.id) === '1507') {
        expect(row.unacceptableAbsences).toBeGreaterThanOrEqual(3);
        expect(row.breachSignal).toBe(true);
      } else {
        expect(row.unacceptableAbsences).toBeNull();
        expect(row.breachSignal).toBeNull();
      }
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
    subgraph.tokens['analyst'] = subgraph.tokens['analyst'] ?? (await testToken(claimsOfUser(user('analyst'))));
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
    // Counts of people are rounded at random to a multiple of 5 (cell key); sites and places are exact.
    const near = (published: number, truth: number) => {
      expect(published % 5).toBe(0);
      expect(Math.abs(published - truth)).toBeLessThan(5);
    };
    near(stats.placements, world.placements.length);
    expect(stats.activeSites).toBe(world.workSites.filter((s) => s.active).length);
    near(stats.capacityInUse, world.placements.filter((p) => p.status === 'ACTIVE').length);
    for (const dim of ['bySiteKind', 'byDistrict']) {
      for (const c of stats[dim]!.cells) {
        if (c.suppressed) expect(c.value).toBeNull();
        else expect(c.count === 0 || c.count! >= 5).toBe(true);
      }
    }
  });

  describe('recording attendance', () => {
    const today = jakartaDate(new Date());
    const RECORD = `mutation($input: RecordAttendanceInput!) { recordAttendance(input: $input) {
      attendance { id hours outcome } userErrors { field code message article } replayed } }`;
    // An active placement with room for hours and days left; its site's supervisor records.
    const pick = (kind: string) =>
      world.placements.find(
        (p) =>
          p.status === 'ACTIVE' &&
          p.orderKind === kind &&
          p.orderDeadline > addDays(today, 2) &&
          p.startDate < addDays(today, -8) &&
          p.orderedHours - attendedHours(p.orderId) >= 12,
      )!;
    const providerOf = (placementId: string) =>
      world.workSites.find((s) => s.id === world.placements.find((p) => p.id === placementId)!.siteId)!.providerId;
    beforeAll(async () => {
      // A synthetic supervisor of the child's site (the demo's supervisors work at adult sites).
      subgraph.tokens['site.supervisor'] = await testToken({
        sub: 'site.supervisor',
        name: 'Supervisor Uji',
        agency: 'WORKSITE_PROVIDER',
        roles: ['SITE_SUPERVISOR'],
        districts: ['1507'],
        provider_id: providerOf(pick('PELAYANAN_MASYARAKAT').id),
      });
    });
    const record = (input: Record<string, unknown>, username = 'site.supervisor') =>
      postGraphQL(subgraph.url, RECORD, { input }, { token: subgraph.tokens[username]!, secret: TEST_SUBGRAPH_SECRET });
    const payload = (res: Awaited<ReturnType<typeof record>>) =>
      (
        res.body.data as {
          recordAttendance: {
            attendance: { id: string } | null;
            userErrors: Array<{ code: string; article: string | null }>;
            replayed: boolean;
          };
        }
      ).recordAttendance;
    const ledger = async (orderId: string) => {
      const o = world.orders.find((x) => x.id === orderId)!;
      const res = await ask(
        ORDER_LEDGER,
        { r: [{ __typename: 'CommunityServiceOrder', id: o.id, orderedHours: o.orderedHours, deadline: o.deadline }] },
        'head.bapas',
      );
      return (res.body.data as { _entities: Array<{ hoursCompleted: number }> })._entities[0]!.hoursCompleted;
    };

    it('credits a retried submission once, however many times the phone retries, and refuses the key with other content', async () => {
      const placement = pick('PELAYANAN_MASYARAKAT');
      const before = await ledger(placement.orderId);
      const input = {
        placementId: placement.id,
        date: addDays(today, -1),
        hours: 2,
        outcome: 'ATTENDED',
        activity: 'Sweeping the yard',
        idempotencyKey: `retry-${placement.id}`,
      };
      const results = [];
      for (let i = 0; i < 100; i += 1) results.push(payload(await record(input)));
      expect(results[0]!.userErrors).toEqual([]);
      expect(new Set(results.map((r) => r.attendance!.id)).size).toBe(1);
      expect(results.filter((r) => !r.replayed)).toHaveLength(1);
      expect(await ledger(placement.orderId)).toBeCloseTo(before + 2, 5);
      const changed = await record({ ...input, hours: 3 });
      expect(changed.body.errors?.[0]?.extensions?.['code']).toBe('CONFLICT');
    });

    it("holds a child to the order's daily cap on both sides of the line, citing the 8-hour ceiling, not SPPA Art. 76", async () => {
      const placement = pick('PELAYANAN_MASYARAKAT');
      const day = addDays(today, -2);
      const over = payload(
        await record({
          placementId: placement.id,
          date: day,
          hours: 3.25,
          outcome: 'ATTENDED',
          idempotencyKey: `cap-over-${placement.id}`,
        }),
      );
      expect(over.userErrors.map((e) => e.code)).toEqual(['DAILY_CAP_EXCEEDED']);
      expect(over.userErrors[0]!.article).toBe('KUHP Art. 85(5)');
      const at = payload(
        await record({
          placementId: placement.id,
          date: day,
          hours: 3,
          outcome: 'ATTENDED',
          idempotencyKey: `cap-at-${placement.id}`,
        }),
      );
      expect(at.userErrors).toEqual([]);
    });

    it('refuses a future day, hours on an absence, and an acceptable absence without its reason', async () => {
      const placement = pick('PELAYANAN_MASYARAKAT');
      const codes = async (input: Record<string, unknown>, key: string) =>
        payload(await record({ placementId: placement.id, idempotencyKey: key, ...input })).userErrors.map((e) => e.code);
      expect(await codes({ date: addDays(today, 1), hours: 2, outcome: 'ATTENDED' }, 'f1')).toEqual(['DATE_IN_FUTURE']);
      expect(await codes({ date: addDays(today, -3), hours: 2, outcome: 'UNACCEPTABLE_ABSENCE' }, 'f2')).toEqual([
        'HOURS_ONLY_WHEN_ATTENDED',
      ]);
      expect(await codes({ date: addDays(today, -3), hours: 0, outcome: 'ACCEPTABLE_ABSENCE' }, 'f3')).toEqual([
        'REASON_REQUIRED',
      ]);
      expect(await codes({ date: addDays(today, -3), hours: 0, outcome: 'ATTENDED' }, 'f4')).toEqual(['HOURS_REQUIRED']);
    });

    it('corrects a record with a new row that supersedes it; the ledger counts only the correction', async () => {
      const placement = pick('PELAYANAN_MASYARAKAT');
      const day = addDays(today, -4);
      const before = await ledger(placement.orderId);
      const first = payload(
        await record({
          placementId: placement.id,
          date: day,
          hours: 3,
          outcome: 'ATTENDED',
          idempotencyKey: `corr-1-${placement.id}`,
        }),
      );
      const fix = payload(
        await record({
          placementId: placement.id,
          date: day,
          hours: 1.5,
          outcome: 'ATTENDED',
          reason: 'Left early',
          supersedesId: first.attendance!.id,
          idempotencyKey: `corr-2-${placement.id}`,
        }),
      );
      expect(fix.userErrors).toEqual([]);
      expect(await ledger(placement.orderId)).toBeCloseTo(before + 1.5, 5);
      const pg = new PgClient({ connectionString: subgraph.databaseUrl });
      await pg.connect();
      try {
        await expect(pg.query('update attendance_record set hours = 8 where id = $1', [first.attendance!.id])).rejects.toThrow(
          /append-only/,
        );
      } finally {
        await pg.end();
      }
    });

    it('lets two supervisors submitting at the same moment for the same person never pass the daily cap together', async () => {
      const placement = pick('PELAYANAN_MASYARAKAT');
      const day = addDays(today, -5);
      // A second active placement of the same person at another site, as after a partial transfer.
      const pg = new PgClient({ connectionString: subgraph.databaseUrl });
      await pg.connect();
      const secondId = '00000000-0000-4000-8000-0000000000aa';
      const other = world.workSites.find((s) => s.id !== placement.siteId && s.childSuitable)!;
      await pg.query(
        `insert into placement (id, order_id, site_id, supervisor_name, start_date, status, order_kind, ordered_hours, max_hours_per_day, order_start_date, order_deadline, person_is_child, person_district_code, person_initials, person_id, order_district_code)
         select $1, order_id, $2, supervisor_name, start_date, 'ACTIVE', order_kind, ordered_hours, max_hours_per_day, order_start_date, order_deadline, person_is_child, person_district_code, person_initials, person_id, order_district_code from placement where id = $3`,
        [secondId, other.id, placement.id],
      );
      await pg.end();
      const [a, b] = await Promise.all([
        record({ placementId: placement.id, date: day, hours: 2, outcome: 'ATTENDED', idempotencyKey: `race-a-${placement.id}` }),
        record(
          { placementId: secondId, date: day, hours: 2, outcome: 'ATTENDED', idempotencyKey: `race-b-${placement.id}` },
          'head.bapas',
        ),
      ]);
      expect([a.body.errors, b.body.errors]).toEqual([undefined, undefined]);
      const outcomes = [payload(a), payload(b)];
      expect(outcomes.filter((o) => o.userErrors.length === 0)).toHaveLength(1);
      expect(outcomes.flatMap((o) => o.userErrors.map((e) => e.code))).toEqual(['DAILY_CAP_EXCEEDED']);
    });

    it("refuses a PK who is not the person's PK", async () => {
      const placement = pick('PELAYANAN_MASYARAKAT');
      const order = world.orders.find((o) => o.id === placement.orderId)!;
      const own = world.clients.find((c) => c.id === order.clientId)!.officerId;
      const other = ['pk.rahman', 'pk.nurhayati', 'pk.hendra'].find((u) => user(u).officerId !== own)!;
      subgraph.tokens[other] = subgraph.tokens[other] ?? (await testToken(claimsOfUser(user(other))));
      const res = await record(
        { placementId: placement.id, date: addDays(today, -6), hours: 1, outcome: 'ATTENDED', idempotencyKey: 'other-pk' },
        other,
      );
      expect(res.body.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    });

    it("refuses a supervisor of another provider's site", async () => {
      const placement = pick('PELAYANAN_MASYARAKAT');
      const res = await record(
        { placementId: placement.id, date: addDays(today, -6), hours: 1, outcome: 'ATTENDED', idempotencyKey: 'other-provider' },
        'supervisor.jmb',
      );
      expect(res.body.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    });
  });

  describe('the site catalogue', () => {
    const site = {
      name: 'Perpustakaan Desa Bram Itam',
      kind: 'LIBRARY',
      districtCode: '1507',
      address: 'Jl. Desa Bram Itam Kanan No. 3',
      activities: ['Shelving books', 'Reading corner for children'],
      capacity: 2,
      availability: [{ weekday: 6, startTime: '08:00', endTime: '12:00' }],
      requiresProtectiveEquipment: false,
      childSuitable: true,
      nonCommercialConfirmed: true,
    };
    const REGISTER = `mutation($input: RegisterWorkSiteInput!) { registerWorkSite(input: $input) { workSite { id name capacity active } userErrors { field code article } replayed } }`;

    it("registers a provider's site, refusing commercial work with the article, and filters by weekday and free capacity", async () => {
      const providerId = user('provider.tjb').providerId!;
      const commercial = await ask(REGISTER, { input: { ...site, providerId, nonCommercialConfirmed: false } }, 'provider.tjb');
      expect(
        (commercial.body.data as { registerWorkSite: { userErrors: Array<{ code: string; article: string }> } }).registerWorkSite
          .userErrors,
      ).toEqual([{ field: 'input.nonCommercialConfirmed', code: 'COMMERCIAL_WORK', article: 'KUHP Art. 85(3)' }]);
      const other = await ask(REGISTER, { input: { ...site, providerId: user('provider.jmb').providerId } }, 'provider.tjb');
      expect(other.body.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
      const ok = await ask(REGISTER, { input: { ...site, providerId, idempotencyKey: 'lib-1' } }, 'provider.tjb');
      const created = (ok.body.data as { registerWorkSite: { workSite: { id: string } } }).registerWorkSite.workSite;
      const saturday = await ask(
        '{ workSites(first: 100, filter: {availableOn: 6, hasFreeCapacity: true}) { nodes { id } } }',
        {},
        'pk.rahman',
      );
      expect((saturday.body.data as { workSites: { nodes: Array<{ id: string }> } }).workSites.nodes.map((n) => n.id)).toContain(
        created.id,
      );
      const sunday = await ask('{ workSites(first: 100, filter: {availableOn: 7}) { nodes { id } } }', {}, 'pk.rahman');
      expect(
        (sunday.body.data as { workSites: { nodes: Array<{ id: string }> } }).workSites.nodes.map((n) => n.id),
      ).not.toContain(created.id);

      const UPDATE = `mutation($input: UpdateWorkSiteInput!) { updateWorkSite(input: $input) { workSite { capacity } userErrors { code } } }`;
      const updated = await ask(UPDATE, { input: { ...site, siteId: created.id, capacity: 4 } }, 'provider.tjb');
      expect(updated.body.data).toEqual({ updateWorkSite: { workSite: { capacity: 4 }, userErrors: [] } });
      const off = await ask(
        'mutation($id: ID!) { deactivateWorkSite(siteId: $id) { workSite { active } userErrors { code } } }',
        { id: created.id },
        'provider.tjb',
      );
      expect(off.body.errors).toBeUndefined();
      expect(off.body.data).toEqual({ deactivateWorkSite: { workSite: { active: false }, userErrors: [] } });
      const pg = new PgClient({ connectionString: subgraph.databaseUrl });
      await pg.connect();
      try {
        const { rows } = await pg.query(
          'select change, snapshot->>$2 as capacity from work_site_version where site_id = $1 order by id',
          [created.id, 'capacity'],
        );
        expect(rows).toEqual([
          { change: 'CREATED', capacity: '2' },
          { change: 'BEFORE_UPDATED', capacity: '2' },
          { change: 'BEFORE_DEACTIVATED', capacity: '4' },
        ]);
      } finally {
        await pg.end();
      }
    });
  });

  it('has a permission rule for every field of every type', () => {
    expect(fieldsWithoutRule(subgraph.app.schema, permissions)).toEqual([]);
  });
});

describe('what a request may resolve, whatever the estimate said', () => {
  it('refuses an oversized list whole, with a clear error, before resolving anything below it', async () => {
    const order = world.orders.find((o) => world.placements.some((p) => p.orderId === o.id))!;
    const pg = new PgClient({ connectionString: subgraph.databaseUrl });
    await pg.connect();
    try {
      // An order placed twelve thousand times: far more than the cost model's estimate of ten.
      await pg.query(
        `insert into placement (id, order_id, site_id, supervisor_name, start_date, end_date, status, order_kind, ordered_hours,
           max_hours_per_day, order_start_date, order_deadline, person_is_child, person_district_code, person_initials, person_id,
           officer_id, order_district_code)
         select gen_random_uuid(), order_id, site_id, supervisor_name, start_date, start_date, 'COMPLETED', order_kind, ordered_hours,
           max_hours_per_day, order_start_date, order_deadline, person_is_child, person_district_code, person_initials, person_id,
           officer_id, order_district_code
         from placement cross join generate_series(1, 12000) where id = (select id from placement where order_id = $1 limit 1)`,
        [order.id],
      );
      const res = await ask(
        'query($r: [_Any!]!) { _entities(representations: $r) { ... on CommunityServiceOrder { placements { id attendance { hours } } } } }',
        { r: [{ __typename: 'CommunityServiceOrder', id: order.id }] },
        'head.bapas',
      );
      expect(res.body.errors?.map((e) => e.extensions?.['code'])).toEqual(['BAD_USER_INPUT']);
      expect(res.body.errors?.[0]?.message).toMatch(/^Jawaban terlalu besar/);
      expect(res.body.errors?.[0]?.path).toEqual(['_entities', 0, 'placements']);
    } finally {
      await pg.query("delete from placement where status = 'COMPLETED' and end_date = start_date and order_id = $1", [order.id]);
      await pg.end();
    }
  });
});
