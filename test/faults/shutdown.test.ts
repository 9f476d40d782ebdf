/**
 * SIGTERM under load: a subgraph stops accepting, finishes every request it already received (here
 * held in the database by a table lock, so they are surely in flight), then closes its pool and exits.
 */
import { Client } from 'pg';
import { postGraphQL } from '@hub/testing';
import { startTestHub, type TestHub } from '../hub';
import { FAULT_SETTINGS, processNamed, sleep, until } from './faults';

let t: TestHub;

beforeAll(async () => {
  // Requests are held in the database for seconds here: the gateway's deadline must outlast that.
  t = await startTestHub({ ...FAULT_SETTINGS, gatewayEnv: { ...FAULT_SETTINGS.gatewayEnv, SUBGRAPH_TIMEOUT_MS: '15000' } });
});

/** Holds every query on work sites in the database until released. */
async function holdWorkSites(): Promise<{ release(): Promise<void> }> {
  const locker = new Client({ connectionString: t.hub.databaseUrls.worksites });
  await locker.connect();
  await locker.query('begin');
  await locker.query('lock table work_site in access exclusive mode');
  return {
    async release() {
      await locker.query('commit');
      await locker.end();
    },
  };
}

async function heldQueries(): Promise<number> {
  const watcher = new Client({ connectionString: t.hub.databaseUrls.worksites });
  await watcher.connect();
  try {
    const r = await watcher.query<{ n: string }>(
      "select count(*)::text as n from pg_stat_activity where wait_event_type = 'Lock' and datname = current_database()",
    );
    return Number(r.rows[0]!.n);
  } finally {
    await watcher.end();
  }
}
afterAll(async () => {
  await t?.stop();
});

const SITES = '{ workSites(first: 5) { nodes { id name } } }';

it('answers every request received before SIGTERM, refuses new connections, and exits cleanly', async () => {
  const token = await t.tokenFor('head.bapas');
  const url = t.hub.subgraphUrls.worksites;
  const secret = t.secrets.subgraphSecrets.worksites;
  const proc = processNamed(t.hub.processes, 'worksites');
  const locker = new Client({ connectionString: t.hub.databaseUrls.worksites });
  await locker.connect();
  const watcher = new Client({ connectionString: t.hub.databaseUrls.worksites });
  await watcher.connect();
  try {
    await locker.query('begin');
    await locker.query('lock table work_site in access exclusive mode');
    const inFlight = Array.from({ length: 16 }, () => postGraphQL(url, SITES, {}, { token, secret }));
    // Every pooled connection is waiting on the lock: the requests are inside the subgraph.
    await until(
      async () =>
        Number(
          (
            await watcher.query<{ n: string }>(
              "select count(*)::text as n from pg_stat_activity where wait_event_type = 'Lock' and datname = current_database()",
            )
          ).rows[0]!.n,
        ),
      (n) => n >= 10,
    );
    await sleep(300);
    const exitCode = proc.exited;
    proc.child.kill('SIGTERM');
    await sleep(300);
    // Draining: no new connection is accepted.
    await expect(postGraphQL(url, SITES, {}, { token, secret })).rejects.toThrow();
    // Held for longer than a short grace period would allow; the drain deadline (10 s here) decides.
    await sleep(2_500);
    await locker.query('commit');
    const answers = await Promise.all(inFlight);
    const failed = answers.filter((a) => a.status !== 200 || a.body.errors || !a.body.data);
    expect(failed).toEqual([]);
    expect(await exitCode).toBe(0);
  } finally {
    await locker.end();
    await watcher.end();
  }
  // The supervisor brings it back.
  await until(
    () =>
      fetch(new URL('/ready', url)).then(
        (r) => r.status,
        () => 0,
      ),
    (s) => s === 200,
  );
  expect(proc.restarts).toBe(1);
});

it('lets the gateway finish the requests it received before SIGTERM too', async () => {
  const token = await t.tokenFor('head.bapas');
  // Two callers, four requests each: the gateway admits at most four at once per caller.
  const tokens = [token, await t.tokenFor('pk.rahman')];
  const gateway = processNamed(t.hub.processes, 'gateway');
  const hold = await holdWorkSites();
  let released = false;
  try {
    const inFlight = Array.from({ length: 8 }, (_, i) => postGraphQL(t.hub.gatewayUrl, SITES, {}, { token: tokens[i % 2] }));
    await until(heldQueries, (n) => n >= 8);
    const exitCode = gateway.exited;
    gateway.child.kill('SIGTERM');
    await sleep(300);
    await expect(postGraphQL(t.hub.gatewayUrl, SITES, {}, { token })).rejects.toThrow();
    // Longer than a short grace period; the gateway's drain deadline (10 s) decides.
    await sleep(2_000);
    await hold.release();
    released = true;
    const answers = await Promise.all(inFlight);
    expect(answers.filter((a) => a.status !== 200 || a.body.errors || !a.body.data)).toEqual([]);
    expect(await exitCode).toBe(0);
  } finally {
    if (!released) await hold.release();
  }
  await until(
    () =>
      fetch(new URL('/ready', t.hub.gatewayUrl)).then(
        (r) => r.status,
        () => 0,
      ),
    (s) => s === 200,
  );
  expect(gateway.restarts).toBe(1);
});
