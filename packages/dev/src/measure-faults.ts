/**
 * `npm run measure:faults`: starts a hub with the production defaults (5 s deadline, circuit opening
 * after 3 failures for 10 s, restarts with back-off) on its own embedded PostgreSQL and prints how it
 * behaves under faults: answer times with a hung subgraph, recovery after a kill, requests failed in a
 * SIGTERM drain under load. Figures, not assertions: they depend on the machine.
 */
import { mkdtempSync, rmSync, chmodSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';
import { currentEnvironment, SUBGRAPH_NAMES, type SubgraphName } from '@hub/config';
import { claimsOfUser, mintToken, SUBGRAPH_SECRET_HEADER } from '@hub/auth';
import { databaseUrlFor, ensureDatabase, startEmbeddedPostgres } from '@hub/db';
import { demoUsers } from '@hub/demo';
import { startHub } from './hub';
import { DEFAULT_RESTART } from './processes';
import { DEMO_AUDIENCE, DEMO_ISSUER, type DemoSecrets } from './secrets';

const CASE_VIEW = `{ communityServiceOrders(first: 5) { nodes { id orderedHours hoursCompleted placements { id }
  client { registerNumber protectionCases { caseNumber } } } } }`;

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function post(url: string, query: string, headers: Record<string, string>) {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query }),
  });
  return { status: res.status, body: (await res.json()) as { data?: unknown; errors?: unknown[] } };
}

async function timed<T>(fn: () => Promise<T>): Promise<[number, T]> {
  const start = performance.now();
  const value = await fn();
  return [performance.now() - start, value];
}

async function main(): Promise<void> {
  const dir = mkdtempSync(join(tmpdir(), 'hub-measure-'));
  chmodSync(dir, 0o755);
  const port = 42_400 + Math.floor(Math.random() * 500);
  const pg = await startEmbeddedPostgres({ dataDir: join(dir, 'pg'), port });
  const names = { corrections: 'm_corrections', 'child-protection': 'm_child_protection', worksites: 'm_worksites' };
  for (const n of SUBGRAPH_NAMES) await ensureDatabase(pg.adminUrl, names[n]);
  const fresh = () => randomBytes(32).toString('base64url');
  const secrets: DemoSecrets = {
    authSecret: fresh(),
    subgraphSecrets: Object.fromEntries(SUBGRAPH_NAMES.map((n) => [n, fresh()])) as Record<SubgraphName, string>,
  };
  const base = port + 1;
  const hub = await startHub({
    host: '127.0.0.1',
    ports: { gateway: base, corrections: base + 1, 'child-protection': base + 2, worksites: base + 3 },
    secrets,
    databaseUrls: Object.fromEntries(SUBGRAPH_NAMES.map((n) => [n, databaseUrlFor(pg.adminUrl, names[n])])) as Record<
      SubgraphName,
      string
    >,
    nodeEnv: 'test',
    logLevel: 'silent',
    quiet: true,
    baseEnv: currentEnvironment(),
    restart: DEFAULT_RESTART,
  });
  const head = demoUsers().find((u) => u.username === 'head.bapas')!;
  const token = await mintToken(claimsOfUser(head), { secret: secrets.authSecret, issuer: DEMO_ISSUER, audience: DEMO_AUDIENCE });
  const auth = { authorization: `Bearer ${token}` };
  const line = (s: string) => process.stdout.write(`${s}\n`);
  try {
    const [healthy] = await timed(() => post(hub.gatewayUrl, CASE_VIEW, auth));
    line(`case view, all agencies up: ${healthy.toFixed(0)} ms`);

    for (const name of SUBGRAPH_NAMES) {
      const proc = hub.processes.find((p) => p.name === name)!;
      proc.child.kill('SIGSTOP');
      const times: string[] = [];
      for (let i = 0; i < 6; i += 1) times.push((await timed(() => post(hub.gatewayUrl, CASE_VIEW, auth)))[0].toFixed(0));
      proc.child.kill('SIGCONT');
      line(`${name} hung: answers in ${times.join(', ')} ms (deadline 5000 ms; the circuit opens after 3 failures)`);
      await sleep(10_500); // let the circuit try again and close
      await post(hub.gatewayUrl, CASE_VIEW, auth);
    }

    for (const name of SUBGRAPH_NAMES) {
      const proc = hub.processes.find((p) => p.name === name)!;
      proc.child.kill('SIGKILL');
      await proc.exited;
      const start = performance.now();
      for (;;) {
        const res = await post(hub.gatewayUrl, CASE_VIEW, auth).catch(() => undefined);
        if (res && res.status === 200 && !res.body.errors) break;
        await sleep(100);
      }
      line(`${name} killed: whole answers again after ${((performance.now() - start) / 1000).toFixed(1)} s`);
    }

    // SIGTERM under load: 8 clients keep asking the work-sites subgraph directly; count what fails
    // among the requests sent before the signal.
    const proc = hub.processes.find((p) => p.name === 'worksites')!;
    const url = hub.subgraphUrls.worksites;
    const headers = { ...auth, [SUBGRAPH_SECRET_HEADER]: secrets.subgraphSecrets.worksites };
    let signalledAt = Infinity;
    let sentBefore = 0;
    let failedBefore = 0;
    let refusedAfter = 0;
    let running = true;
    const worker = async () => {
      while (running) {
        const sentAt = performance.now();
        const ok = await post(url, '{ workSites(first: 20) { nodes { id name } } }', headers)
          .then((r) => r.status === 200 && !r.body.errors)
          .catch(() => false);
        if (sentAt < signalledAt) {
          sentBefore += 1;
          if (!ok) failedBefore += 1;
        } else if (!ok) refusedAfter += 1;
      }
    };
    const workers = Array.from({ length: 8 }, worker);
    await sleep(2_000);
    signalledAt = performance.now();
    proc.child.kill('SIGTERM');
    await proc.exited;
    const drained = performance.now() - signalledAt;
    running = false;
    await Promise.all(workers);
    line(
      `SIGTERM under load: ${sentBefore} requests sent before the signal, ${failedBefore} failed; drained and exited in ${drained.toFixed(0)} ms; ${refusedAfter} later requests refused`,
    );
  } finally {
    await hub.stop();
    await pg.stop();
    rmSync(dir, { recursive: true, force: true });
  }
}

void main();
