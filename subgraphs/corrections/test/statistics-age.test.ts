import { generateDemoWorld } from '@hub/demo';
import { createLogger } from '@hub/errors';
import { ageOn } from '@hub/reference';
import { createTestDatabase, testSubgraphConfig } from '@hub/testing';
import { createCorrectionsApp } from '@hub/corrections';
import { clientGroups } from '../src/statistics/client-groups';

const SEED_TODAY = '2026-11-20';

let db: Awaited<ReturnType<typeof createTestDatabase>>;
let app: Awaited<ReturnType<typeof createCorrectionsApp>>;

beforeAll(async () => {
  db = await createTestDatabase('corrections_stats');
  app = await createCorrectionsApp(testSubgraphConfig(db.url, { seedToday: SEED_TODAY }), createLogger('test', 'silent'));
});

afterAll(async () => {
  await app?.close();
  await db?.drop();
});

describe('statistics counted in the database', () => {
  it('groups every client once, with the age ageOn gives (birthday today, tomorrow, 29 February)', async () => {
    const world = generateDemoWorld(SEED_TODAY);
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
    await app.orm.em.getConnection().getKnex()('client').insert(edges);
    const people = [
      ...world.clients,
      ...edges.map((e) => ({
        districtCode: e.district_code,
        category: e.category,
        status: e.status,
        sex: e.sex,
        birthDate: e.birth_date,
      })),
    ];
    for (const today of ['2026-11-20', '2027-02-28', '2027-03-01', '2028-02-29']) {
      const groups = await clientGroups(app.orm.em.fork(), null, today);
      expect(groups.reduce((sum, g) => sum + g.n, 0)).toBe(people.length);
      const expected = new Map<string, number>();
      for (const c of people) {
        const key = `${c.districtCode}/${c.category}/${c.status}/${c.sex}/${ageOn(c.birthDate, today)}`;
        expected.set(key, (expected.get(key) ?? 0) + 1);
      }
      const actual = new Map(groups.map((g) => [`${g.districtCode}/${g.category}/${g.status}/${g.sex}/${g.age}`, g.n]));
      expect(actual).toEqual(expected);
    }
  });
});
