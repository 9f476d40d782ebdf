/**
 * `node packages/dev/dist/measure-limits.js [--grow]`: how expensive is the worst query the query
 * limits still accept? Starts the demo hub (embedded PostgreSQL, the ports and data directory of the
 * usual settings), optionally grows the worksites data so that every site has a full placement list
 * with a month of attendance each, sends candidate queries near the cost limit, and prints for each:
 * accepted or refused, wall time, and the CPU time each subgraph process spent on it. A measurement,
 * not a test: the figures depend on the machine.
 */
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { currentEnvironment, loadDevConfig } from '@hub/config';
import { runSql } from '@hub/db';
import { claimsOfUser, mintToken } from '@hub/auth';
import { demoUsers } from '@hub/demo';
import { REPO_ROOT, startHub } from './hub';
import { DEMO_AUDIENCE, DEMO_ISSUER, loadOrCreateSecrets } from './secrets';

/** CPU seconds (user + system) a process has used so far, from /proc. */
function cpuSeconds(pid: number | undefined): number {
  if (!pid) return 0;
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return 0;
  }
}

const CANDIDATES: Record<string, string> = {
  'sites × placements × attendance': `{ workSites(first: 100) { nodes { placements(first: 20) { id hoursCredited attendance { hours } } } } }`,
  'sites × placements × order ledger': `{ workSites(first: 100) { nodes { placements(first: 2) { order { hoursCompleted unacceptableAbsences breachSignal placements { hoursCredited attendance { hours } } } } } } }`,
  'site ↔ placement cycle': `{ workSites(first: 100) { nodes { placements(first: 5) { site { placements(first: 5) { site { placements(first: 3) { id hoursCredited } } } } } } } }`,
  'clients × cases × orders × placements': `{ clients(first: 100) { nodes { displayName cases { caseNumber } communityServiceOrders { hoursCompleted hoursRemaining onTrack placements { hoursCredited site { name } } } } } }`,
  'fifteen aliases of a site page': `{ ${Array.from({ length: 15 }, (_, i) => `a${i}: workSites(first: 100) { nodes { placements(first: 2) { hoursCredited attendance { hours } } } }`).join(' ')} }`,
  'over the limit (refused)': `query($n: Int) { workSites(first: $n) { nodes { placements { site { placements { site { placements { id } } } } } } } }`,
};

/**
 * Gives every site a full placement list (100 ended placements) with 30 days of attendance each, copied
 * from the demo's placements (so each order gets a few dozen more placements).
 */
async function grow(url: string): Promise<void> {
  await runSql(
    url,
    `
      insert into placement (id, order_id, site_id, supervisor_name, start_date, end_date, status, order_kind, ordered_hours,
        max_hours_per_day, order_start_date, order_deadline, person_is_child, person_district_code, person_initials, person_id,
        officer_id, order_district_code)
      select gen_random_uuid(), p.order_id, s.id, p.supervisor_name, p.start_date, p.start_date, 'COMPLETED', p.order_kind,
        p.ordered_hours, p.max_hours_per_day, p.order_start_date, p.order_deadline, p.person_is_child, p.person_district_code,
        p.person_initials, p.person_id, p.officer_id, p.order_district_code
      from work_site s cross join generate_series(1, 100) g
      join (select q.*, row_number() over (order by q.id) - 1 as rn from placement q) p
        on p.rn = (g + abs(hashtext(s.id::text))) % (select count(*) from placement)`,
    `
      insert into attendance_record (id, placement_id, date, hours, outcome, activity, recorded_at, recorded_by)
      select gen_random_uuid(), p.id, p.start_date - d, 2, 'ATTENDED', 'Menyapu', now(), 'measure'
      from placement p cross join generate_series(1, 30) d where p.end_date = p.start_date and p.status = 'COMPLETED'`,
  );
}

async function main(): Promise<void> {
  const config = loadDevConfig();
  const dataDir = resolve(REPO_ROOT, config.dataDir);
  const secrets = loadOrCreateSecrets(dataDir);
  const hub = await startHub({
    host: config.host,
    ports: config.ports,
    secrets,
    embedded: { dataDir: join(dataDir, 'pg'), port: config.postgresPort, reset: true },
    ...(config.seedToday ? { seedToday: config.seedToday } : {}),
    nodeEnv: 'development',
    logLevel: 'warn',
    quiet: true,
    baseEnv: currentEnvironment(),
  });
  try {
    if (process.argv.includes('--grow')) await grow(hub.databaseUrls.worksites);
    const head = demoUsers().find((u) => u.username === 'head.bapas')!;
    const token = await mintToken(claimsOfUser(head), {
      secret: secrets.authSecret,
      issuer: DEMO_ISSUER,
      audience: DEMO_AUDIENCE,
    });
    const pids = Object.fromEntries(hub.processes.map((p) => [p.name, p.child.pid]));
    process.stdout.write(
      `data: ${process.argv.includes('--grow') ? 'demo + 100 placements per site, 30 attendance days each' : 'demo'}\n`,
    );
    for (const [name, query] of Object.entries(CANDIDATES)) {
      // One warm-up, then the measured run.
      const send = () =>
        fetch(hub.gatewayUrl, {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify({ query, variables: { n: 100 } }),
        });
      await (await send()).text();
      const cpuBefore = Object.fromEntries(Object.entries(pids).map(([n, pid]) => [n, cpuSeconds(pid)]));
      const started = performance.now();
      const res = await send();
      const body = await res.text();
      const ms = performance.now() - started;
      const cpu = Object.entries(pids)
        .map(([n, pid]) => `${n} ${((cpuSeconds(pid) - cpuBefore[n]!) * 1000).toFixed(0)} ms`)
        .join(', ');
      process.stdout.write(
        `${name}: HTTP ${res.status}, ${(body.length / 1024).toFixed(0)} KiB, ${ms.toFixed(0)} ms wall; CPU: ${cpu}; SQL ${res.headers.get('x-hub-sql-statements')}, fetches ${res.headers.get('x-hub-subgraph-fetches')}\n`,
      );
    }
  } finally {
    await hub.stop();
  }
}

void main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
  process.exit(1);
});
