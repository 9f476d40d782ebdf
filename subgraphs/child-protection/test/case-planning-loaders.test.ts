import { generateDemoWorld } from '@hub/demo';
import { jakartaDate } from '@hub/reference';
import { subgraphUnderTest } from '@hub/testing';
import { createChildProtectionApp } from '@hub/child-protection';

const SEED_TODAY = '2026-11-20';
const world = generateDemoWorld(SEED_TODAY);

const subgraph = subgraphUnderTest(createChildProtectionApp, 'child_protection_planning', world, ['cm.tjb', 'cw.tjb']);
beforeAll(subgraph.start);
afterAll(subgraph.stop);
const ask = subgraph.ask;

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
