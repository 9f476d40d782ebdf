import { Client as PgClient } from 'pg';
import { generateDemoWorld } from '@hub/demo';
import { subgraphUnderTest } from '@hub/testing';
import { createCorrectionsApp } from '@hub/corrections';

const world = generateDemoWorld('2026-11-20');
const subgraph = subgraphUnderTest(createCorrectionsApp, 'corrections_client_tally', world, ['head.bapas', 'pk.rahman']);
let db: PgClient;
beforeAll(async () => {
  await subgraph.start();
  db = new PgClient({ connectionString: subgraph.databaseUrl });
  await db.connect();
});
afterAll(async () => {
  await db?.end();
  await subgraph.stop();
});

/** The tally's non-zero rows and the clients counted row by row, as "district status category: n" lines. */
async function tallyAndCount(): Promise<{ tally: string[]; counted: string[] }> {
  const line = "district_code || ' ' || status || ' ' || category || ': ' || n";
  const tally = await db.query<{ l: string }>(
    `select ${line} as l from (select district_code, status, category, clients as n from client_tally where clients <> 0) t order by 1`,
  );
  const counted = await db.query<{ l: string }>(
    `select ${line} as l from (select district_code, status, category, count(*) as n from client group by 1, 2, 3) t order by 1`,
  );
  return { tally: tally.rows.map((r) => r.l), counted: counted.rows.map((r) => r.l) };
}

async function totalCount(filter: string, username = 'head.bapas'): Promise<number> {
  const res = await subgraph.ask<{ clients: { totalCount: number } }>(
    `{ clients(filter: ${filter}) { totalCount } }`,
    {},
    username,
  );
  if (res.body.errors) throw new Error(JSON.stringify(res.body.errors));
  return res.body.data!.clients.totalCount;
}

describe('the client tally behind the client list’s exact totalCount', () => {
  it('equals the clients counted row by row after the demo seed and after registering and changing a client', async () => {
    expect((await tallyAndCount()).tally.length).toBeGreaterThan(3);
    expect((await tallyAndCount()).tally).toEqual((await tallyAndCount()).counted);

    const registered = await subgraph.ask<{ registerClient: { client: { id: string } | null; userErrors: unknown[] } }>(
      `mutation($input: RegisterClientInput!) { registerClient(input: $input) { client { id } userErrors { field code } } }`,
      {
        input: {
          registerNumber: 'BAPAS-JMB-2026-0931',
          fullName: 'Contoh Sintetis Tally',
          nik: '1507012505110093',
          birthDate: '2011-05-25',
          sex: 'FEMALE',
          districtCode: '1507',
          address: 'Jl. Contoh No. 1, Kuala Tungkal',
          guardianName: 'Wali Sintetis',
          offenseDate: '2026-08-10',
        },
      },
      'head.bapas',
    );
    expect(registered.body.data?.registerClient.userErrors).toEqual([]);
    const changed = await subgraph.ask<{ changeClientStatus: { userErrors: unknown[] } }>(
      `mutation($input: ChangeClientStatusInput!) { changeClientStatus(input: $input) { userErrors { code } } }`,
      { input: { clientId: registered.body.data!.registerClient.client!.id, status: 'PRE_ADJUDICATION' } },
      'head.bapas',
    );
    expect(changed.body.data?.changeClientStatus.userErrors).toEqual([]);
    expect((await tallyAndCount()).tally).toEqual((await tallyAndCount()).counted);
  });

  it('follows every kind of statement: many rows inserted, updated and deleted at once, and a truncate', async () => {
    await db.query('begin');
    try {
      await db.query(`insert into client (id, register_number, full_name, nik, birth_date, address, sex, district_code, category, status,
        registered_at, record_key)
        select gen_random_uuid(), 'TALLY-' || n, 'Sintetis ' || n, '150701250511' || lpad(n::text, 4, '0'), date '2012-01-01', 'Jl. Contoh',
          'MALE', case when n % 2 = 0 then '1507' else '1571' end, 'CHILD_IN_CONFLICT', 'REGISTERED', now(), n
        from generate_series(1, 40) n`);
      expect((await tallyAndCount()).tally).toEqual((await tallyAndCount()).counted);
      await db.query(
        `update client set district_code = '1505', status = 'AFTERCARE' where register_number like 'TALLY-%' and district_code = '1507'`,
      );
      await db.query(`update client set full_name = full_name || ' (koreksi)' where register_number like 'TALLY-%'`);
      expect((await tallyAndCount()).tally).toEqual((await tallyAndCount()).counted);
      await db.query(`delete from client where register_number like 'TALLY-%' and district_code = '1571'`);
      expect((await tallyAndCount()).tally).toEqual((await tallyAndCount()).counted);
      await db.query('truncate client cascade');
      expect(await tallyAndCount()).toEqual({ tally: [], counted: [] });
    } finally {
      await db.query('rollback');
    }
    expect((await tallyAndCount()).tally).toEqual((await tallyAndCount()).counted);
  });

  it('answers the head of Bapas’s district, status and category filters from the tally, and every other list by counting rows', async () => {
    const exact = {
      all: await totalCount('{}'),
      district: await totalCount('{districtCode: "1507"}'),
      status: await totalCount('{status: POST_ADJUDICATION}'),
      officer: await totalCount(`{officerId: "${world.users.find((u) => u.username === 'pk.rahman')!.officerId}"}`),
      search: await totalCount('{search: "BAPAS"}'),
      pk: await totalCount('{}', 'pk.rahman'),
    };
    expect(exact.all).toBe(world.clients.length + 1);
    // A tally that disagrees with the rows shows which answers read it: only the head's tallied filters.
    await db.query('update client_tally set clients = clients + 1000');
    try {
      const groups = Number((await db.query<{ n: string }>('select count(*) as n from client_tally')).rows[0]!.n);
      const inDistrict = Number(
        (await db.query<{ n: string }>("select count(*) as n from client_tally where district_code = '1507'")).rows[0]!.n,
      );
      expect(await totalCount('{}')).toBe(exact.all + 1000 * groups);
      expect(await totalCount('{districtCode: "1507"}')).toBe(exact.district + 1000 * inDistrict);
      expect(await totalCount('{status: POST_ADJUDICATION}')).toBeGreaterThan(exact.status);
      expect(await totalCount(`{officerId: "${world.users.find((u) => u.username === 'pk.rahman')!.officerId}"}`)).toBe(
        exact.officer,
      );
      expect(await totalCount('{search: "BAPAS"}')).toBe(exact.search);
      expect(await totalCount('{}', 'pk.rahman')).toBe(exact.pk);
    } finally {
      await db.query('update client_tally set clients = clients - 1000');
    }
    expect(await totalCount('{}')).toBe(exact.all);
  });
});
