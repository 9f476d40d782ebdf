import { generateDemoWorld } from '@hub/demo';
import { StatementCounter, withStatementCounter } from '@hub/db';
import { subgraphUnderTest } from '@hub/testing';
import { createCorrectionsApp } from '@hub/corrections';
import { clientGroups } from '../src/statistics/client-groups';

const SEED_TODAY = '2026-11-20';

const subgraph = subgraphUnderTest(createCorrectionsApp, 'corrections_stats_shared', generateDemoWorld(SEED_TODAY));
beforeAll(subgraph.start);
afterAll(subgraph.stop);

describe('the client statistics scan', () => {
  it('is made once for requests that ask for the same district and day while it runs', async () => {
    const counter = new StatementCounter();
    const answers = await withStatementCounter(counter, () =>
      Promise.all([1, 2, 3, 4].map(() => clientGroups(subgraph.app.orm.em.fork(), null, SEED_TODAY))),
    );
    expect(counter.count).toBe(1);
    for (const answer of answers) expect(answer).toEqual(answers[0]);
    expect(answers[0]!.reduce((sum, g) => sum + g.count, 0)).toBeGreaterThan(50);
  });

  it('is made again for another district, another day, and once the last one has answered', async () => {
    const counter = new StatementCounter();
    await withStatementCounter(counter, async () => {
      await Promise.all([
        clientGroups(subgraph.app.orm.em.fork(), null, SEED_TODAY),
        clientGroups(subgraph.app.orm.em.fork(), '1507', SEED_TODAY),
        clientGroups(subgraph.app.orm.em.fork(), null, '2026-11-21'),
      ]);
      await clientGroups(subgraph.app.orm.em.fork(), null, SEED_TODAY);
    });
    expect(counter.count).toBe(4);
  });
});
