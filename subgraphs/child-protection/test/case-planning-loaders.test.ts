import { generateDemoWorld } from '@hub/demo';
import { createLogger } from '@hub/errors';
import { jakartaDate } from '@hub/reference';
import { listen } from '@hub/server';
import { claimsOfUser, createTestDatabase, postGraphQL, testSubgraphConfig, testToken, TEST_SUBGRAPH_SECRET } from '@hub/testing';
import { createChildProtectionApp } from '@hub/child-protection';

const SEED_TODAY = '2026-11-20';
const world = generateDemoWorld(SEED_TODAY);
const user = (username: string) => world.users.find((u) => u.username === username)!;

let db: Awaited<ReturnType<typeof createTestDatabase>>;
let app: Awaited<ReturnType<typeof createChildProtectionApp>>;
let url: string;
const tokens: Record<string, string> = {};

beforeAll(async () => {
  db = await createTestDatabase('child_protection_planning');
  app = await createChildProtectionApp(testSubgraphConfig(db.url, { seedToday: SEED_TODAY }), createLogger('test', 'silent'));
  url = `http://127.0.0.1:${await listen(app.http, 0, '127.0.0.1')}/graphql`;
  for (const u of ['cm.tjb', 'cw.tjb']) tokens[u] = await testToken(claimsOfUser(user(u)));
});

afterAll(async () => {
  await app?.close();
  await db?.drop();
});

const ask = (query: string, variables: Record<string, unknown>, username: string) =>
  postGraphQL(url, query, variables, { token: tokens[username]!, secret: TEST_SUBGRAPH_SECRET });

type Planned = { id: string; assessments: Array<{ id: string; assessedOn: string }>; interventionPlan: { goals: string } | null };

const PAGE = `query($first: Int!) { protectionCases(first: $first) { nodes { id assessments { id assessedOn } interventionPlan { goals } } } }`;

describe("a protection case's assessments and intervention plan", () => {
  it('cost the same SQL statements for a page of many cases as for one, and still answer per case', async () => {
    // Some of the caseworker's open cases get an assessment and a plan, through the mutations.
    const mine = await ask('{ protectionCases(first: 100) { nodes { id status } } }', {}, 'cw.tjb');
    const open = (
      mine.body.data as { protectionCases: { nodes: Array<{ id: string; status: string }> } }
    ).protectionCases.nodes.filter((c) => c.status !== 'CLOSED');
    const planned = open.slice(0, 2).map((c) => c.id);
    expect(planned.length).toBe(2);
    for (const [i, id] of planned.entries()) {
      const assessed = await ask(
        'mutation($input: RecordAssessmentInput!) { recordAssessment(input: $input) { userErrors { code } } }',
        { input: { protectionCaseId: id, assessedOn: jakartaDate(new Date()), riskLevel: 'MEDIUM', needs: ['SAFETY'] } },
        'cw.tjb',
      );
      expect(assessed.body.errors).toBeUndefined();
      expect(assessed.body.data).toEqual({ recordAssessment: { userErrors: [] } });
      const plan = await ask(
        'mutation($input: SetInterventionPlanInput!) { setInterventionPlan(input: $input) { userErrors { code } } }',
        { input: { protectionCaseId: id, goals: `Rencana pendampingan ${i + 1}`, plannedServices: ['COUNSELLING'] } },
        'cm.tjb',
      );
      expect(plan.body.errors).toBeUndefined();
      expect(plan.body.data).toEqual({ setInterventionPlan: { userErrors: [] } });
    }

    const one = await ask(PAGE, { first: 1 }, 'cm.tjb');
    const many = await ask(PAGE, { first: 100 }, 'cm.tjb');
    expect(one.body.errors).toBeUndefined();
    expect(many.body.errors).toBeUndefined();
    const nodes = (many.body.data as { protectionCases: { nodes: Planned[] } }).protectionCases.nodes;
    expect(nodes.length).toBeGreaterThan(5);
    for (const [i, id] of planned.entries()) {
      const got = nodes.find((n) => n.id === id)!;
      expect(got.assessments).toHaveLength(1);
      expect(got.interventionPlan).toEqual({ goals: `Rencana pendampingan ${i + 1}` });
    }
    expect(
      nodes.filter((n) => !planned.includes(n.id)).every((n) => n.assessments.length === 0 && n.interventionPlan === null),
    ).toBe(true);
    // The page, one statement for every case's assessments and one for every case's plans (no personal field, no access-log row).
    expect(Number(one.headers.get('x-hub-sql-statements'))).toBe(3);
    expect(Number(many.headers.get('x-hub-sql-statements'))).toBe(3);
  });
});
