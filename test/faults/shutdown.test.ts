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
  t = await startTestHub(FAULT_SETTINGS);
});
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
