/**
 * One agency hung (SIGSTOP: the socket stays open, nothing answers) or killed: the others keep
 * answering, the missing part is null with an error naming the agency, the circuit opens, and the
 * supervisor brings a killed subgraph back without anyone touching the hub.
 */
import { startTestHub, type TestHub } from '../hub';
import { ask, errorSummary, FAULT_SETTINGS, INTERNAL_DETAIL, processNamed, readiness, until } from './faults';

let t: TestHub;
let token: string;

beforeAll(async () => {
  t = await startTestHub(FAULT_SETTINGS);
  token = await t.tokenFor('head.bapas');
});
afterAll(async () => {
  await t?.stop();
});

const CASE_VIEW = `{ communityServiceOrders(first: 5) { nodes { id orderedHours hoursCompleted hoursRemaining onTrack placements { id }
  client { registerNumber protectionCases { caseNumber } } } } }`;
const SITES = '{ workSites(first: 3) { nodes { id name } } }';
const CLIENTS = '{ clients(first: 3) { nodes { id registerNumber } } }';

type Order = {
  orderedHours: number;
  hoursCompleted: number | null;
  placements: unknown[] | null;
  client: { registerNumber: string; protectionCases: unknown[] | null };
};
const ordersOf = (body: { data?: unknown }) =>
  ((body.data as { communityServiceOrders?: { nodes: Order[] } } | null)?.communityServiceOrders?.nodes ?? []) as Order[];

/** The query and what must survive / go missing while one agency is away. */
const SCENARIOS = [
  {
    subgraph: 'worksites',
    agency: 'WORKSITES',
    words: 'penyedia lokasi kerja sosial',
    query: CASE_VIEW,
    partial: (body: { data?: unknown }) => {
      const orders = ordersOf(body);
      return (
        orders.length > 0 &&
        orders.every((o) => o.orderedHours > 0 && o.hoursCompleted === null && o.placements === null) &&
        orders.every((o) => Array.isArray(o.client.protectionCases))
      );
    },
  },
  {
    subgraph: 'child-protection',
    agency: 'CHILD_PROTECTION',
    words: 'Dinas P3AP2KB',
    query: CASE_VIEW,
    partial: (body: { data?: unknown }) => {
      const orders = ordersOf(body);
      return (
        orders.length > 0 &&
        orders.every((o) => o.client.protectionCases === null && o.client.registerNumber.length > 0) &&
        orders.every((o) => typeof o.hoursCompleted === 'number')
      );
    },
  },
  {
    subgraph: 'corrections',
    agency: 'CORRECTIONS',
    words: 'Bapas Kelas I Jambi',
    query: CLIENTS,
    partial: (body: { data?: unknown }) => body.data === null || body.data === undefined,
  },
] as const;

describe.each(SCENARIOS)('when $subgraph is hung', (s) => {
  it('answers the other agencies with the missing part named, opens the circuit, and heals when the process runs again', async () => {
    const proc = processNamed(t.hub.processes, s.subgraph);
    proc.child.kill('SIGSTOP');
    try {
      for (let i = 0; i < 3; i += 1) {
        const res = await ask(t.hub.gatewayUrl, s.query, token);
        expect(res.status).toBe(200);
        expect(s.partial(res.body)).toBe(true);
        const errors = errorSummary(res);
        expect(errors.length).toBeGreaterThan(0);
        expect(errors.every((e) => e.code === 'AGENCY_UNAVAILABLE' && e.agency === s.agency)).toBe(true);
        expect(res.body.errors![0]!.message).toContain(s.words);
        expect(res.body.errors![0]!.path?.length).toBeGreaterThan(0);
        expect(JSON.stringify(res.body)).not.toMatch(INTERNAL_DETAIL);
      }
      // Past the failure threshold the circuit is open: the gateway answers at once and /ready says so.
      expect(await readiness(t.hub.gatewayUrl)).toMatchObject({ status: 'degraded', agencies: { [s.agency]: 'circuit open' } });
      // Another agency's data still comes whole.
      const other = s.subgraph === 'worksites' ? CLIENTS : SITES;
      expect(errorSummary(await ask(t.hub.gatewayUrl, other, token))).toEqual([]);
    } finally {
      proc.child.kill('SIGCONT');
    }
    const whole = await until(
      () => ask(t.hub.gatewayUrl, s.query, token),
      (res) => !res.body.errors,
    );
    expect(whole.body.data).toBeTruthy();
    expect(proc.restarts).toBe(0);
    await until(
      () => readiness(t.hub.gatewayUrl),
      (r) => r.status === 'ready',
    );
  });
});

describe.each(SCENARIOS)('when $subgraph is killed', (s) => {
  it('answers without it meanwhile, restarts it, and answers whole again', async () => {
    const proc = processNamed(t.hub.processes, s.subgraph);
    const before = proc.restarts;
    proc.child.kill('SIGKILL');
    await proc.exited;
    const res = await ask(t.hub.gatewayUrl, s.query, token);
    if (res.body.errors) {
      expect(errorSummary(res).every((e) => e.code === 'AGENCY_UNAVAILABLE' && e.agency === s.agency)).toBe(true);
      expect(s.partial(res.body)).toBe(true);
      expect(JSON.stringify(res.body)).not.toMatch(INTERNAL_DETAIL);
    }
    const whole = await until(
      () => ask(t.hub.gatewayUrl, s.query, token),
      (r) => !r.body.errors && r.status === 200,
    );
    expect(whole.body.data).toBeTruthy();
    expect(proc.restarts).toBe(before + 1);
  });
});

describe('when the gateway is killed', () => {
  it('is restarted and answers again', async () => {
    const gateway = processNamed(t.hub.processes, 'gateway');
    gateway.child.kill('SIGKILL');
    await gateway.exited;
    const whole = await until(
      () => ask(t.hub.gatewayUrl, CLIENTS, token).catch(() => undefined),
      (r) => r?.status === 200 && !r.body.errors,
    );
    expect(whole!.body.data).toBeTruthy();
    expect(gateway.restarts).toBe(1);
  });
});
