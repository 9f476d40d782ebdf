import { generateDemoWorld } from '@hub/demo';
import { fieldsWithoutRule } from '@hub/server';
import { subgraphUnderTest } from '@hub/testing';
import { createChildProtectionApp, permissions } from '@hub/child-protection';

const SEED_TODAY = '2026-11-20';
const world = generateDemoWorld(SEED_TODAY);
const user = (username: string) => world.users.find((u) => u.username === username)!;

let intakeCaseId: string;
const subgraph = subgraphUnderTest(createChildProtectionApp, 'child_protection', world, [
  'cm.tjb',
  'cw.tjb',
  'head.bapas',
  'pk.rahman',
  'analyst',
]);
beforeAll(subgraph.start);
afterAll(subgraph.stop);
const ask = subgraph.ask;

type CaseRow = { caseNumber: string; childRole: string; district: { code: string } };

describe('child-protection subgraph against PostgreSQL', () => {
  it("shows a case manager every case of their district and no other district's", async () => {
    const res = await ask('{ protectionCases(first: 100) { totalCount nodes { caseNumber district { code } } } }', {}, 'cm.tjb');
    const data = res.body.data as { protectionCases: { totalCount: number; nodes: CaseRow[] } };
    const expected = world.protectionCases.filter((p) => user('cm.tjb').districts.includes(p.districtCode));
    expect(data.protectionCases.totalCount).toBe(expected.length);
    expect(data.protectionCases.nodes.every((n) => user('cm.tjb').districts.includes(n.district.code))).toBe(true);
  });

  it('shows a caseworker only the cases assigned to them', async () => {
    const res = await ask('{ protectionCases(first: 100) { nodes { caseNumber caseworker { id } } } }', {}, 'cw.tjb');
    const nodes = (res.body.data as { protectionCases: { nodes: Array<{ caseworker: { id: string } | null }> } }).protectionCases
      .nodes;
    expect(nodes.length).toBe(world.protectionCases.filter((p) => p.caseworkerId === user('cw.tjb').caseworkerId).length);
    expect(nodes.every((n) => n.caseworker?.id === user('cw.tjb').caseworkerId)).toBe(true);
  });

  it("never shows Bapas a child victim's or witness's case, in lists or through _entities", async () => {
    // Bapas lists no case directly (it reaches them only through clients corrections authorised).
    for (const bapas of ['head.bapas', 'pk.rahman']) {
      const list = await ask('{ protectionCases(first: 100) { totalCount } }', {}, bapas);
      expect((list.body.data as { protectionCases: { totalCount: number } }).protectionCases.totalCount).toBe(0);
      const linked = world.protectionCases.find((p) => p.clientId)!;
      const one = await ask('query($id: ID!) { protectionCase(id: $id) { caseNumber } }', { id: linked.id }, bapas);
      expect(one.body.data).toEqual({ protectionCase: null });
    }
    const victims = world.protectionCases.filter((p) => p.childRole !== 'IN_CONFLICT');
    const viaEntities = await ask(
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on ProtectionCase { caseNumber } } }',
      { r: victims.map((v) => ({ __typename: 'ProtectionCase', id: v.id })) },
      'head.bapas',
    );
    expect((viaEntities.body.data as { _entities: unknown[] })._entities.every((e) => e === null)).toBe(true);
  });

  it("adds a Bapas client's protection cases to the client, in one SQL statement for any number of clients", async () => {
    const linked = world.protectionCases.filter((p) => p.clientId);
    const query =
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on Client { id protectionCases { caseNumber } } } }';
    const res = await ask(query, { r: world.clients.map((c) => ({ __typename: 'Client', id: c.id })) }, 'cm.tjb');
    expect(res.body.errors).toBeUndefined();
    const got = (res.body.data as { _entities: Array<{ id: string; protectionCases: Array<{ caseNumber: string }> }> })._entities;
    const visible = linked.filter((p) => user('cm.tjb').districts.includes(p.districtCode));
    expect(got.flatMap((c) => c.protectionCases.map((p) => p.caseNumber)).sort()).toEqual(
      visible.map((p) => p.caseNumber).sort(),
    );
    // one for the cases, one access-log insert
    expect(Number(res.headers.get('x-hub-sql-statements'))).toBe(2);
  });

  it('refuses an analyst every case', async () => {
    const res = await ask('{ protectionCases { totalCount } }', {}, 'analyst');
    expect(res.body.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
  });

  it('gives an analyst case counts in SIMFONI categories with no count from 1 to 4', async () => {
    const res = await ask(
      '{ childProtectionStatistics { total byChildRole { cells { key count suppressed } } byViolenceType { cells { key count suppressed } } byRiskLevel { cells { count } } byStatus { cells { count } } byDistrict { cells { count } } byAgeBand { cells { count } } } }',
      {},
      'analyst',
    );
    expect(res.body.errors).toBeUndefined();
    const stats = (res.body.data as { childProtectionStatistics: Record<string, unknown> }).childProtectionStatistics;
    expect(stats['total']).toBe(world.protectionCases.length);
    const counts = JSON.stringify(stats).match(/"count":(\d+)/g) ?? [];
    for (const c of counts) {
      const n = Number(c.split(':')[1]);
      expect(n === 0 || n >= 5).toBe(true);
    }
  });

  it('takes place and perpetrator relationship from the SIMFONI-PPA code lists, not free text; mediation and clinical psychologist are service kinds', async () => {
    const OPEN = `mutation($input: OpenProtectionCaseInput!) { openProtectionCase(input: $input) { userErrors { code } } }`;
    const input = {
      childRole: 'WITNESS',
      districtCode: '1507',
      concerns: [],
      riskLevel: 'LOW',
      child: { fullName: 'Rina Safitri', sex: 'FEMALE', birthDate: '2014-03-03' },
    };
    const freeText = await ask(OPEN, { input: { ...input, place: 'di kebun sawit' } }, 'cm.tjb');
    expect(freeText.body.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    const badRelation = await ask(OPEN, { input: { ...input, perpetratorRelationship: 'paman' } }, 'cm.tjb');
    expect(badRelation.body.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
    const kinds = await ask('{ __type(name: "ServiceKind") { enumValues { name } } }', {}, 'cm.tjb');
    const names = (kinds.body.data as { __type: { enumValues: Array<{ name: string }> } }).__type.enumValues.map((v) => v.name);
    expect(names).toEqual(expect.arrayContaining(['MEDIATION', 'CLINICAL_PSYCHOLOGIST']));
  });

  it("opens a victim's case with the child's identity kept here, shown to the case manager, never to Bapas", async () => {
    const OPEN = `mutation($input: OpenProtectionCaseInput!) { openProtectionCase(input: $input) {
      protectionCase { id caseNumber status emergencyServices childAlias childFullName } userErrors { field code article } replayed } }`;
    const input = {
      childRole: 'VICTIM',
      districtCode: '1507',
      concerns: ['PHYSICAL', 'PSYCHOLOGICAL'],
      place: 'HOUSEHOLD',
      perpetratorRelationship: 'RELATIVE',
      riskLevel: 'HIGH',
      child: {
        fullName: 'Putri Anggraini Lubis',
        sex: 'FEMALE',
        birthDate: '2015-04-02',
        address: 'Desa Senyerang RT 03',
        guardianName: 'Nurmala',
      },
      idempotencyKey: 'intake-1',
    };
    const refused = await ask(
      OPEN,
      { input: { ...input, districtCode: '1571', child: { ...input.child, birthDate: '2001-01-01' }, idempotencyKey: null } },
      'cm.tjb',
    );
    expect(
      (refused.body.data as { openProtectionCase: { userErrors: Array<{ code: string }> } }).openProtectionCase.userErrors.map(
        (e) => e.code,
      ),
    ).toEqual(['OTHER_DISTRICT', 'NOT_A_CHILD']);
    const opened = await ask(OPEN, { input }, 'cm.tjb');
    intakeCaseId = (opened.body.data as { openProtectionCase: { protectionCase: { id: string } } }).openProtectionCase
      .protectionCase.id;
    const pc = (
      opened.body.data as {
        openProtectionCase: {
          protectionCase: {
            id: string;
            caseNumber: string;
            emergencyServices: boolean;
            childAlias: string;
            childFullName: string;
          };
        };
      }
    ).openProtectionCase.protectionCase;
    expect(pc).toMatchObject({ emergencyServices: true, childAlias: 'P.A.L.', childFullName: 'Putri Anggraini Lubis' });
    expect(pc.caseNumber).toMatch(/^PPA-1507-\d{4}-\d{4}$/);
    const replay = await ask(OPEN, { input }, 'cm.tjb');
    expect(
      (replay.body.data as { openProtectionCase: { replayed: boolean; protectionCase: { id: string } } }).openProtectionCase,
    ).toMatchObject({ replayed: true, protectionCase: { id: pc.id } });
    for (const bapas of ['head.bapas', 'pk.rahman']) {
      const res = await ask(
        'query($r: [_Any!]!) { _entities(representations: $r) { ... on ProtectionCase { childAlias } } }',
        { r: [{ __typename: 'ProtectionCase', id: pc.id }] },
        bapas,
      );
      expect(JSON.stringify(res.body)).not.toContain('Putri');
      expect(JSON.stringify(res.body)).not.toContain('P.A.L.');
    }
  });

  it('runs the case lifecycle: assessment, plan, intervention, monitoring, closure read-only, reopening; refuses invalid steps', async () => {
    const caseId = intakeCaseId;
    const m = async (mutation: string, input: Record<string, unknown>, username: string) => {
      const res = await ask(mutation, { input }, username);
      if (res.body.errors) throw new Error(JSON.stringify(res.body.errors));
      return Object.values(
        res.body.data as Record<string, { protectionCase: { status: string } | null; userErrors: Array<{ code: string }> }>,
      )[0]!;
    };
    const STATUS = `mutation($input: ChangeProtectionCaseStatusInput!) { changeProtectionCaseStatus(input: $input) { protectionCase { status } userErrors { code } } }`;
    expect((await m(STATUS, { protectionCaseId: caseId, status: 'MONITORING' }, 'cm.tjb')).userErrors[0]!.code).toBe(
      'INVALID_TRANSITION',
    );
    await m(
      `mutation($input: AssignCaseworkerInput!) { assignCaseworker(input: $input) { protectionCase { status } userErrors { code } } }`,
      { protectionCaseId: caseId, caseworkerId: user('cw.tjb').caseworkerId },
      'cm.tjb',
    );
    const today = new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
    const assessed = await m(
      `mutation($input: RecordAssessmentInput!) { recordAssessment(input: $input) { protectionCase { status riskLevel } userErrors { code } } }`,
      { protectionCaseId: caseId, assessedOn: today, riskLevel: 'MEDIUM', needs: ['SAFETY', 'MENTAL_HEALTH'] },
      'cw.tjb',
    );
    expect(assessed).toMatchObject({ protectionCase: { status: 'ASSESSMENT', riskLevel: 'MEDIUM' }, userErrors: [] });
    const planned = await m(
      `mutation($input: SetInterventionPlanInput!) { setInterventionPlan(input: $input) { protectionCase { status } userErrors { code } } }`,
      {
        protectionCaseId: caseId,
        goals: 'Safe at home; counselling weekly for two months.',
        plannedServices: ['COUNSELLING', 'FAMILY_COUNSELLING'],
      },
      'cm.tjb',
    );
    expect(planned).toMatchObject({ protectionCase: { status: 'INTERVENTION' }, userErrors: [] });
    expect((await m(STATUS, { protectionCaseId: caseId, status: 'MONITORING' }, 'cw.tjb')).protectionCase).toEqual({
      status: 'MONITORING',
    });
    expect((await m(STATUS, { protectionCaseId: caseId, status: 'ASSESSMENT' }, 'cw.tjb')).userErrors[0]!.code).toBe(
      'INVALID_TRANSITION',
    );
    const closed = await m(
      `mutation($input: CloseProtectionCaseInput!) { closeProtectionCase(input: $input) { protectionCase { status } userErrors { code } } }`,
      { protectionCaseId: caseId, reason: 'GOALS_MET', summary: 'Child safe, attending school, family supported.' },
      'cm.tjb',
    );
    expect(closed.protectionCase).toEqual({ status: 'CLOSED' });
    const readOnly = await m(
      `mutation($input: RecordPsychosocialServiceInput!) { recordPsychosocialService(input: $input) { service { id } userErrors { code } } }`,
      { protectionCaseId: caseId, kind: 'COUNSELLING', deliveredAt: new Date().toISOString(), attended: true },
      'cw.tjb',
    );
    expect(readOnly.userErrors.map((e) => e.code)).toEqual(['CASE_CLOSED']);
    expect((await m(STATUS, { protectionCaseId: caseId, status: 'ASSESSMENT' }, 'cm.tjb')).userErrors[0]!.code).toBe(
      'USE_REOPEN',
    );
    const reopened = await m(
      `mutation($input: ReopenProtectionCaseInput!) { reopenProtectionCase(input: $input) { protectionCase { status } userErrors { code } } }`,
      { protectionCaseId: caseId, reason: 'A new report from the school.' },
      'cm.tjb',
    );
    expect(reopened).toEqual({ protectionCase: { status: 'ASSESSMENT' }, userErrors: [] });
    const SERVICE = `mutation($input: RecordPsychosocialServiceInput!) { recordPsychosocialService(input: $input) { service { kind } userErrors { code } } }`;
    const deliveredAt = new Date().toISOString();
    const clinical = await m(
      SERVICE,
      { protectionCaseId: caseId, kind: 'CLINICAL_PSYCHOLOGIST', deliveredAt, attended: true },
      'cw.tjb',
    );
    expect(clinical.userErrors.map((e) => e.code)).toEqual(['PSYCHOLOGIST_ONLY']);
    const mediation = await m(SERVICE, { protectionCaseId: caseId, kind: 'MEDIATION', deliveredAt, attended: true }, 'cw.tjb');
    expect(mediation).toMatchObject({ service: { kind: 'MEDIATION' }, userErrors: [] });
  });

  it('has a permission rule for every field of every type', () => {
    expect(fieldsWithoutRule(subgraph.app.schema, permissions)).toEqual([]);
  });
});
