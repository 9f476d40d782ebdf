import { generateDemoWorld } from '@hub/demo';
import { ageOn } from '@hub/reference';
import { subgraphUnderTest } from '@hub/testing';
import { createCorrectionsApp } from '@hub/corrections';
import { clientGroups } from '../src/statistics/client-groups';

const SEED_TODAY = '2026-11-20';

const subgraph = subgraphUnderTest(createCorrectionsApp, 'corrections_stats', generateDemoWorld(SEED_TODAY));
beforeAll(subgraph.start);
afterAll(subgraph.stop);

describe('client statistics counted in the database', () => {
  it('gives every existing client its own random record key in [0, 2^32) when the column is added', async () => {
    const knex = subgraph.app.orm.em.getConnection().getKnex();
    // Added again over the seeded clients, as on a database that had clients before the migration.
    const migrator = subgraph.app.orm.getMigrator();
    const undone = await migrator.down({ migrations: ['Migration20261129190000RecordKey'] });
    expect(undone.map((m) => m.name)).toEqual(['Migration20261129190000RecordKey']);
    await migrator.up();
    const [row] = (await knex('client').select(
      knex.raw('count(*)::int as n, count(distinct record_key)::int as keys, min(record_key) as lo, max(record_key) as hi'),
    )) as Array<{ n: number; keys: number; lo: string; hi: string }>;
    expect(row!.n).toBeGreaterThan(50);
    // One default for all rows would give one key; 32 random bits for a few dozen clients do not collide.
    expect(row!.keys).toBe(row!.n);
    expect(Number(row!.lo)).toBeGreaterThanOrEqual(0);
    expect(Number(row!.hi)).toBeLessThan(2 ** 32);
  });

  it('groups every client once, with the age ageOn gives and the sum of the record keys mod 2^32 (birthday today, tomorrow, 29 February)', async () => {
    const knex = subgraph.app.orm.em.getConnection().getKnex();
    // Synthetic clients born on the edge dates, beside the demo world's.
    const edges = ['2008-02-29', '2010-11-20', '2010-11-21', '2009-03-01', '2010-02-28'].map((birthDate, i) => ({
      id: `00000000-0000-4000-8000-00000000000${i}`,
      register_number: `BAPAS-JMB-2026-EDGE${i}`,
      full_name: 'Budi Santoso',
      nik: `157101010199000${i}`,
      birth_date: birthDate,
      address: 'Jl. Contoh No. 1',
      sex: 'MALE',
      district_code: '1571',
      category: 'ADULT',
      status: 'REGISTERED',
      registered_at: new Date(),
    }));
    await knex('client').insert(edges);
    const people = (await knex('client').select(
      'district_code',
      'category',
      'status',
      'sex',
      knex.raw("to_char(birth_date, 'YYYY-MM-DD') as birth_date"),
      'record_key',
    )) as Array<{ district_code: string; category: string; status: string; sex: string; birth_date: string; record_key: string }>;
    expect(people.length).toBe(generateDemoWorld(SEED_TODAY).clients.length + edges.length);
    for (const today of ['2026-11-20', '2027-02-28', '2027-03-01', '2028-02-29']) {
      const groups = await clientGroups(subgraph.app.orm.em.fork(), null, today);
      expect(groups.reduce((sum, g) => sum + g.count, 0)).toBe(people.length);
      const expected = new Map<string, { count: number; cellKey: number }>();
      for (const c of people) {
        const key = `${c.district_code}/${c.category}/${c.status}/${c.sex}/${ageOn(c.birth_date, today)}`;
        const cell = expected.get(key) ?? { count: 0, cellKey: 0 };
        expected.set(key, { count: cell.count + 1, cellKey: (cell.cellKey + Number(c.record_key)) % 2 ** 32 });
      }
      const actual = new Map(
        groups.map((g) => [
          `${g.districtCode}/${g.category}/${g.status}/${g.sex}/${g.age}`,
          { count: g.count, cellKey: g.cellKey },
        ]),
      );
      expect(actual).toEqual(expected);
    }
  });
});
