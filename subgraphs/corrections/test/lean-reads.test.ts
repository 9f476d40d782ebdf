import { createLogger } from '@hub/errors';
import { createTestDatabase, leanReadDifferences, testSubgraphConfig } from '@hub/testing';
import { createCorrectionsApp } from '@hub/corrections';

// Queries read plain rows (findLean) instead of managed entities: the resolvers must get the same values.
let db: Awaited<ReturnType<typeof createTestDatabase>>;
let app: Awaited<ReturnType<typeof createCorrectionsApp>>;

beforeAll(async () => {
  db = await createTestDatabase('corrections_lean');
  app = await createCorrectionsApp(testSubgraphConfig(db.url, { seedToday: '2026-11-20' }), createLogger('test', 'silent'));
});

afterAll(async () => {
  await app?.close();
  await db?.drop();
});

it('reads every demo row of every entity lean exactly as the ORM hydrates it', async () => {
  const { rows, differences } = await leanReadDifferences(app.orm.em.fork());
  expect(differences).toEqual([]);
  expect(rows).toBeGreaterThan(50);
});
