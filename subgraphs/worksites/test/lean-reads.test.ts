import { generateDemoWorld } from '@hub/demo';
import { leanReadDifferences, subgraphUnderTest } from '@hub/testing';
import { createWorksitesApp } from '@hub/worksites';

// Queries read plain rows (findLean, findLeanByKey) instead of managed entities: the resolvers must get the same values.
const subgraph = subgraphUnderTest(createWorksitesApp, 'worksites_lean', generateDemoWorld('2026-11-20'));
beforeAll(subgraph.start);
afterAll(subgraph.stop);

it('reads every demo row of every entity lean exactly as the ORM hydrates it', async () => {
  const { rows, differences } = await leanReadDifferences(subgraph.app.orm.em.fork());
  expect(differences).toEqual([]);
  expect(rows).toBeGreaterThan(50);
});
