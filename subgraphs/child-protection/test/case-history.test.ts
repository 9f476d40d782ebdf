import { generateDemoWorld } from '@hub/demo';
import { subgraphUnderTest } from '@hub/testing';
import { createChildProtectionApp } from '@hub/child-protection';

const SEED_TODAY = '2026-11-20';
const world = generateDemoWorld(SEED_TODAY);
const user = (username: string) => world.users.find((u) => u.username === username)!;

const subgraph = subgraphUnderTest(createChildProtectionApp, 'child_protection_history', world, [
  'cm.tjb',
  'cm.jmb',
  'cw.tjb',
  'psy.tjb',
  'head.bapas',
]);
beforeAll(subgraph.start);
afterAll(subgraph.stop);
const ask = subgraph.ask;

interface Payload {
  protectionCase: { id: string; status: string; closedAt: string | null; closureReason: string | null } | null;
  userErrors: Array<{ field: string | null; code: string }>;
}

const CASE = 'id status closedAt closureReason';
const CLOSE = `mutation($input: CloseProtectionCaseInput!) { closeProtectionCase(input: $input) { protectionCase { ${CASE} } userErrors { field code } } }`;
const REOPEN = `mutation($input: ReopenProtectionCaseInput!) { reopenProtectionCase(input: $input) { protectionCase { ${CASE} } userErrors { field code } } }`;
const STATUS = `mutation($input: ChangeProtectionCaseStatusInput!) { changeProtectionCaseStatus(input: $input) { protectionCase { ${CASE} } userErrors { field code } } }`;
const HISTORY = `query($id: ID!) { protectionCase(id: $id) { status history { kind actorName closureReason note at } } }`;

async function payloadOf(query: string, input: Record<string, unknown>, username: string): Promise<Payload> {
  const res = await ask(query, { input }, username);
  if (res.body.errors) throw new Error(JSON.stringify(res.body.errors));
  return Object.values(res.body.data as Record<string, Payload>)[0]!;
}

async function openCase(): Promise<string> {
  const res = await ask(
    `mutation($input: OpenProtectionCaseInput!) { openProtectionCase(input: $input) { protectionCase { id } userErrors { code } } }`,
    {
      input: {
        childRole: 'WITNESS',
        districtCode: '1507',
        concerns: ['PSYCHOLOGICAL'],
        riskLevel: 'LOW',
        child: { fullName: 'Sari Wulandari', sex: 'FEMALE', birthDate: '2014-03-02' },
      },
    },
    'cm.tjb',
  );
  const opened = (res.body.data as { openProtectionCase: { protectionCase: { id: string }; userErrors: unknown[] } })
    .openProtectionCase;
  expect(opened.userErrors).toEqual([]);
  return opened.protectionCase.id;
}

describe('closing and reopening a protection case', () => {
  it('reopens a closed case only through the case manager of its district, with a reason, and keeps the closure in the history', async () => {
    const id = await openCase();
    const closed = await payloadOf(
      CLOSE,
      { protectionCaseId: id, reason: 'GOALS_MET', summary: 'Anak aman dan kembali bersekolah.' },
      'cm.tjb',
    );
    expect(closed).toMatchObject({ protectionCase: { status: 'CLOSED', closureReason: 'GOALS_MET' }, userErrors: [] });

    // A stage change no longer reopens a case on the side: reopening has its own act, reason and record.
    const viaStatus = await payloadOf(STATUS, { protectionCaseId: id, status: 'ASSESSMENT' }, 'cm.tjb');
    expect(viaStatus.userErrors).toEqual([{ field: 'input.status', code: 'USE_REOPEN' }]);

    // A caseworker does not reopen (refused by role); another district's case manager does not reach the case.
    for (const who of ['cw.tjb', 'cm.jmb']) {
      const res = await ask(REOPEN, { input: { protectionCaseId: id, reason: 'Ada laporan baru dari sekolah.' } }, who);
      expect(res.body.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
      expect(res.body.data?.['reopenProtectionCase'] ?? null).toBeNull();
    }

    const tooShort = await payloadOf(REOPEN, { protectionCaseId: id, reason: ' baru ' }, 'cm.tjb');
    expect(tooShort).toEqual({ protectionCase: null, userErrors: [{ field: 'input.reason', code: 'REASON_REQUIRED' }] });

    const reopened = await payloadOf(
      REOPEN,
      { protectionCaseId: id, reason: 'Ada laporan baru dari sekolah tentang perundungan.' },
      'cm.tjb',
    );
    expect(reopened).toEqual({
      protectionCase: { id, status: 'ASSESSMENT', closedAt: null, closureReason: null },
      userErrors: [],
    });
    const again = await payloadOf(REOPEN, { protectionCaseId: id, reason: 'Dibuka kembali untuk kedua kalinya.' }, 'cm.tjb');
    expect(again.userErrors).toEqual([{ field: 'input.protectionCaseId', code: 'NOT_CLOSED' }]);

    const history = await ask(HISTORY, { id }, 'cm.tjb');
    const events = (history.body.data as { protectionCase: { history: Array<Record<string, unknown>> } }).protectionCase.history;
    expect(events.map(({ at: _at, ...e }) => e)).toEqual([
      {
        kind: 'CLOSED',
        actorName: user('cm.tjb').name,
        closureReason: 'GOALS_MET',
        note: 'Anak aman dan kembali bersekolah.',
      },
      {
        kind: 'REOPENED',
        actorName: user('cm.tjb').name,
        closureReason: null,
        note: 'Ada laporan baru dari sekolah tentang perundungan.',
      },
    ]);
    expect(Date.parse(events[0]!['at'] as string)).toBeLessThanOrEqual(Date.parse(events[1]!['at'] as string));
  });

  it('closes or reopens once when two requests race, and the history cannot be rewritten in the database', async () => {
    const id = await openCase();
    const close = () =>
      payloadOf(CLOSE, { protectionCaseId: id, reason: 'MOVED_AWAY', summary: 'Keluarga pindah ke luar provinsi.' }, 'cm.tjb');
    const closes = await Promise.all([close(), close()]);
    expect(closes.flatMap((p) => p.userErrors.map((e) => e.code))).toEqual(['ALREADY_CLOSED']);
    const reopen = () => payloadOf(REOPEN, { protectionCaseId: id, reason: 'Keluarga kembali ke Kuala Tungkal.' }, 'cm.tjb');
    const reopens = await Promise.all([reopen(), reopen()]);
    expect(reopens.flatMap((p) => p.userErrors.map((e) => e.code))).toEqual(['NOT_CLOSED']);
    const history = await ask(HISTORY, { id }, 'cm.tjb');
    expect(
      (history.body.data as { protectionCase: { history: Array<{ kind: string }> } }).protectionCase.history.map((e) => e.kind),
    ).toEqual(['CLOSED', 'REOPENED']);

    const sql = subgraph.app.orm.em.fork().getConnection();
    await expect(sql.execute(`update protection_case_event set note = 'x' where protection_case_id = ?`, [id])).rejects.toThrow(
      /append-only/,
    );
    await expect(sql.execute('delete from protection_case_event where protection_case_id = ?', [id])).rejects.toThrow(
      /append-only/,
    );
  });

  it("keeps the seeded closed cases' closures on record, and shows the history to DP3AP2KB staff on the case only", async () => {
    const closed = world.protectionCases.find((p) => p.status === 'CLOSED' && p.districtCode === '1507' && p.clientId)!;
    const mine = await ask(HISTORY, { id: closed.id }, 'cm.tjb');
    expect((mine.body.data as { protectionCase: { history: Array<{ kind: string }> } }).protectionCase.history).toMatchObject([
      { kind: 'CLOSED' },
    ]);
    // Bapas reaches this case through its client, but never its history.
    const bapas = await ask(
      'query($r: [_Any!]!) { _entities(representations: $r) { ... on ProtectionCase { status history { note } } } }',
      { r: [{ __typename: 'ProtectionCase', id: closed.id }] },
      'head.bapas',
    );
    expect(bapas.body.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    expect(JSON.stringify(bapas.body.data ?? {})).not.toContain('note":"');
  });
});

describe("the case manager's tools", () => {
  it("lists the district's caseworkers and psychologists by name, a page at a time, to the case manager only", async () => {
    const district = world.caseworkers.filter((c) => user('cm.tjb').districts.includes(c.districtCode));
    const names = district.map((c) => c.name).sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
    const LIST = `query($f: CaseworkerFilter, $first: Int, $after: String) { caseworkers(filter: $f, first: $first, after: $after) { totalCount nodes { id name profession district { code } } pageInfo { hasNextPage endCursor } } }`;
    type List = {
      caseworkers: {
        totalCount: number;
        nodes: Array<{ name: string; profession: string; district: { code: string } }>;
        pageInfo: { hasNextPage: boolean; endCursor: string };
      };
    };
    const all = (await ask(LIST, { first: 100 }, 'cm.tjb')).body.data as List;
    expect(all.caseworkers.totalCount).toBe(district.length);
    expect(all.caseworkers.nodes.map((n) => n.name)).toEqual(names);
    const first = (await ask(LIST, { first: 1 }, 'cm.tjb')).body.data as List;
    expect(first.caseworkers.pageInfo.hasNextPage).toBe(district.length > 1);
    const second = (await ask(LIST, { first: 1, after: first.caseworkers.pageInfo.endCursor }, 'cm.tjb')).body.data as List;
    expect(second.caseworkers.nodes.map((n) => n.name)).toEqual(names.slice(1, 2));
    const psychologists = (await ask(LIST, { first: 100, f: { profession: 'PSYCHOLOGIST' } }, 'cm.tjb')).body.data as List;
    expect(psychologists.caseworkers.nodes.length).toBe(district.filter((c) => c.profession === 'PSYCHOLOGIST').length);
    expect(psychologists.caseworkers.nodes.every((n) => n.profession === 'PSYCHOLOGIST' && n.district.code === '1507')).toBe(
      true,
    );
    for (const who of ['cw.tjb', 'head.bapas']) {
      const res = await ask(LIST, { first: 10 }, who);
      expect(res.body.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
    }
  });

  it("filters the district's cases by risk, so that high risk can be listed first", async () => {
    const q = `query($f: ProtectionCaseFilter) { protectionCases(first: 100, filter: $f) { totalCount nodes { riskLevel } } }`;
    const res = await ask(q, { f: { riskLevel: 'HIGH' } }, 'cm.tjb');
    const data = res.body.data as { protectionCases: { totalCount: number; nodes: Array<{ riskLevel: string }> } };
    const high = world.protectionCases.filter((p) => p.districtCode === '1507' && p.riskLevel === 'HIGH');
    expect(high.length).toBeGreaterThan(0);
    expect(data.protectionCases.totalCount).toBe(high.length);
    expect(data.protectionCases.nodes.every((n) => n.riskLevel === 'HIGH')).toBe(true);
  });

  it('tells a dashboard to show the clinical notes field to the assigned psychologist and no one else', async () => {
    const psy = user('psy.tjb').caseworkerId;
    const theirs = world.protectionCases.find((p) => p.caseworkerId === psy && p.status !== 'CLOSED')!;
    const q = `query($id: ID!) { protectionCase(id: $id) { clinicalNotesVisible services { clinicalNotes } } }`;
    const asPsychologist = (await ask(q, { id: theirs.id }, 'psy.tjb')).body.data as {
      protectionCase: { clinicalNotesVisible: boolean };
    };
    expect(asPsychologist.protectionCase.clinicalNotesVisible).toBe(true);
    const asManager = (await ask(q, { id: theirs.id }, 'cm.tjb')).body.data as {
      protectionCase: { clinicalNotesVisible: boolean; services: Array<{ clinicalNotes: string | null }> };
    };
    expect(asManager.protectionCase.clinicalNotesVisible).toBe(false);
    expect(asManager.protectionCase.services.every((s) => s.clinicalNotes === null)).toBe(true);
  });
});
