/**
 * `npm run bench -- [--sizes 10k,100k,1M] [--duration 10] [--connections 4] [--url <gateway>] [--out file.json]`
 *
 * For each size: fills a database of that many generated clients (kept in HUB_DATA_DIR/bench-<size>
 * for the next run), starts the hub on it, and measures through the gateway with autocannon at a
 * fixed concurrency; then reads the same rows as the case view with a plain PostgreSQL client (the
 * raw-SQL floor). Prints a table and writes the figures as JSON. A measurement, not a test.
 * With --url it measures a hub that is already running (its data as it is; tokens from HUB_DATA_DIR).
 */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import autocannon from 'autocannon';
import { Client as PgClient } from 'pg';
import { type DevConfig, type SubgraphName } from '@hub/config';
import { claimsOfUser, mintToken } from '@hub/auth';
import { demoUsers } from '@hub/demo';
import * as federation from '@hub/federation';
import { addDays, jakartaDate } from '@hub/reference';
import { DEMO_AUDIENCE, DEMO_ISSUER, loadOrCreateSecrets } from './secrets';
import { dataDirOf, ensureScaleWorld, openDatabases, startHubOn } from './scale/databases';
import { argValue, parseCount } from './seed-scale';
import type { RunningHub } from './hub';
import { devConfigOrExit } from './config';

interface Scenario {
  name: string;
  user: string;
  /** One request body; called per request, so a write can vary its key. */
  body: () => string;
}

interface Measured {
  scenario: string;
  requestsPerSecond: number;
  p50: number;
  p95: number;
  p99: number;
  errors: number;
  sqlStatements: number | null;
  subgraphFetches: number | null;
  rssMb: Record<string, number>;
  /** CPU time each hub process spent per request during the run (user + system), in ms. */
  cpuMsPerRequest: Record<string, number>;
}

const CASE_VIEW = `query CaseView($first: Int!, $after: String) {
  clients(first: $first, after: $after, filter: {status: POST_ADJUDICATION}) {
    totalCount
    nodes { registerNumber displayName officer { name } cases { caseNumber diversion { eligible reason } }
      protectionCases { caseNumber status }
      communityServiceOrders { kind orderedHours deadline hoursCompleted hoursRemaining onTrack placements { site { name } hoursCredited } } }
  }
}`;
// The same view with the planner's estimate of the total (one EXPLAIN) instead of an exact count.
const CASE_VIEW_ESTIMATED = CASE_VIEW.replace('totalCount', 'estimatedTotalCount');
const DEEP_PAGE = `query DeepPage($after: String) {
  clients(first: 50, after: $after, filter: {status: POST_ADJUDICATION}) { pageInfo { endCursor } nodes { registerNumber displayName status } }
}`;
const FILTERED = `{ clients(first: 50, filter: {districtCode: "1507", status: POST_ADJUDICATION}) {
  totalCount nodes { registerNumber displayName status officer { name } } } }`;
const SEARCH = `{ clients(first: 50, filter: {search: "Siregar"}) { nodes { registerNumber displayName status } } }`;
const PROSECUTOR = `{ communityServiceOrders(first: 50) { totalCount
  nodes { kind orderedHours deadline status hoursCompleted hoursRemaining onTrack placements { site { name } hoursCredited } } } }`;
const STATISTICS = `{ correctionsStatistics { total byDistrict { cells { key count } } byCategory { cells { key count } }
  byStatus { cells { key count } } byAgeBand { cells { key count } } bySex { cells { key count } } } }`;
const ATTENDANCE = `mutation Record($input: RecordAttendanceInput!) {
  recordAttendance(input: $input) { attendance { id } userErrors { code } replayed } }`;

const body = (query: string, variables: Record<string, unknown> = {}) => JSON.stringify({ query, variables });

function percentile(sorted: number[], p: number): number {
  if (!sorted.length) return 0;
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

function rssOf(hub: RunningHub | null): Record<string, number> {
  const out: Record<string, number> = {};
  for (const p of hub?.processes ?? []) {
    try {
      const status = readFileSync(`/proc/${p.child.pid}/status`, 'utf8');
      const kb = Number(/VmRSS:\s+(\d+)/.exec(status)?.[1] ?? 0);
      out[p.name] = Math.round(kb / 1024);
    } catch {
      // not Linux, or the process is gone: memory is not reported
    }
  }
  return out;
}

/** CPU time (user + system) each hub process has used so far, in ms (Linux /proc; empty elsewhere). */
function cpuOf(hub: RunningHub | null): Record<string, number> {
  const out: Record<string, number> = {};
  for (const p of hub?.processes ?? []) {
    try {
      // Fields after the command name: state is 3rd, utime 14th, stime 15th (clock ticks of 10 ms).
      const stat = readFileSync(`/proc/${p.child.pid}/stat`, 'utf8');
      const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
      out[p.name] = (Number(fields[11]) + Number(fields[12])) * 10;
    } catch {
      // not Linux, or the process is gone: CPU time is not reported
    }
  }
  return out;
}

/** A cursor in the middle of the case-view list, in whichever cursor format the hub being measured issues. */
async function deepCursor(correctionsUrl: string): Promise<string> {
  const db = new PgClient({ connectionString: correctionsUrl });
  await db.connect();
  try {
    const { rows } = await db.query<{ n: string }>("select count(*) as n from client where status = 'POST_ADJUDICATION'");
    const offset = Math.floor(Number(rows[0]!.n) / 2);
    const mid = await db.query<{ register_number: string; id: string }>(
      "select register_number, id from client where status = 'POST_ADJUDICATION' order by register_number, id offset $1 limit 1",
      [offset],
    );
    const f = federation as unknown as Record<string, ((v: unknown) => string) | undefined>;
    if (f.encodeKeysetCursor) return f.encodeKeysetCursor([mid.rows[0]!.register_number, mid.rows[0]!.id]);
    return f.encodeCursor!(offset);
  } finally {
    await db.end();
  }
}

/** (placement, day) pairs with nothing recorded yet, so each attendance write is a real write. */
async function freeAttendanceDays(worksitesUrl: string, today: string): Promise<Array<{ placementId: string; date: string }>> {
  const db = new PgClient({ connectionString: worksitesUrl });
  await db.connect();
  try {
    const { rows } = await db.query<{ id: string; start: string }>(
      `select p.id, to_char(greatest(p.start_date, p.order_start_date), 'YYYY-MM-DD') as start from placement p
       where p.status = 'ACTIVE' and p.order_deadline >= $1::date order by p.id limit 2000`,
      [today],
    );
    const taken = await db.query<{ placement_id: string; d: string }>(
      `select placement_id, to_char(date, 'YYYY-MM-DD') as d from attendance_record where placement_id = any($1)`,
      [rows.map((r) => r.id)],
    );
    const used = new Set(taken.rows.map((r) => `${r.placement_id}/${r.d}`));
    const pairs: Array<{ placementId: string; date: string }> = [];
    for (let back = 1; back <= 40 && pairs.length < 100_000; back += 1) {
      const date = addDays(today, -back);
      for (const r of rows) if (date >= r.start && !used.has(`${r.id}/${date}`)) pairs.push({ placementId: r.id, date });
    }
    return pairs;
  } finally {
    await db.end();
  }
}

/**
 * One request's figures, once the previous run's last requests have been answered: the per-account
 * limit on concurrent requests refuses a probe sent while they are still in flight.
 */
async function probeWhenIdle(url: string, token: string, payload: string): Promise<Awaited<ReturnType<typeof probe>>> {
  for (let attempt = 1; ; attempt += 1) {
    const answer = await probe(url, token, payload);
    if (!answer.errors?.startsWith('TOO_MANY_REQUESTS') || attempt === 10) return answer;
    await new Promise((resolve) => setTimeout(resolve, 300));
  }
}

async function probe(
  url: string,
  token: string,
  payload: string,
): Promise<{ sql: number | null; fetches: number | null; errors: string | null }> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: payload,
  });
  const text = await res.text();
  const json = JSON.parse(text) as { errors?: Array<{ message: string; extensions?: { code?: string } }> };
  // A refused write answers 200 with userErrors: report it, or the figures would measure refusals.
  const refused = /"userErrors":\[\{[^\]]*\]/.exec(text)?.[0] ?? null;
  const header = (name: string) => (res.headers.get(name) === null ? null : Number(res.headers.get(name)));
  return {
    sql: header('x-hub-sql-statements'),
    fetches: header('x-hub-subgraph-fetches'),
    errors: json.errors?.length ? json.errors.map((e) => `${e.extensions?.code ?? ''} ${e.message}`).join('; ') : refused,
  };
}

async function runAutocannon(url: string, token: string, scenario: Scenario, connections: number, duration: number) {
  const latencies: number[] = [];
  let errors = 0;
  let graphqlErrors = 0;
  const result = await new Promise<autocannon.Result>((ok, fail) => {
    const instance = autocannon(
      {
        url,
        connections,
        duration,
        requests: [
          {
            method: 'POST',
            headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
            setupRequest: (req) => ({ ...req, body: scenario.body() }),
            // An answer with GraphQL errors (a refused or failed field, an agency unavailable) is not a success.
            onResponse: (_status: number, answer: string) => {
              if (answer.includes('"errors":[')) graphqlErrors += 1;
            },
          },
        ],
      },
      (error, done) => (error ? fail(error instanceof Error ? error : new Error(String(error))) : ok(done)),
    );
    instance.on('response', (_client, status, _bytes, time) => {
      latencies.push(time);
      if (status !== 200) errors += 1;
    });
  });
  latencies.sort((a, b) => a - b);
  return {
    requestsPerSecond: result.requests.total / duration,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    errors: errors + result.errors + result.timeouts + graphqlErrors,
  };
}

/**
 * The raw-SQL floor of the case view: the same 50 clients with their officer, cases, offences,
 * orders, protection cases, placements, sites and hours, read by plain clients in a handful of statements.
 */
async function rawFloor(urls: Record<SubgraphName, string>, connections: number, duration: number) {
  const latencies: number[] = [];
  let statements = 0;
  const deadline = Date.now() + duration * 1000;
  const worker = async () => {
    const dbs = Object.fromEntries(
      await Promise.all(
        (Object.keys(urls) as SubgraphName[]).map(async (n) => {
          const c = new PgClient({ connectionString: urls[n] });
          await c.connect();
          return [n, c] as const;
        }),
      ),
    ) as Record<SubgraphName, PgClient>;
    try {
      while (Date.now() < deadline) {
        const started = performance.now();
        let n = 0;
        const q = async (db: PgClient, sql: string, params: unknown[] = []) => {
          n += 1;
          return (await db.query<{ id: string }>(sql, params)).rows;
        };
        const [clients] = await Promise.all([
          q(
            dbs.corrections,
            `select c.id, c.register_number, c.full_name, o.name as officer from client c left join officer o on o.id = c.officer_id
             where c.status = 'POST_ADJUDICATION' order by c.register_number, c.id limit 50`,
          ),
          // The exact total as the hub reads it for the head of Bapas: from the client tally.
          q(dbs.corrections, "select sum(clients) from client_tally where status = 'POST_ADJUDICATION'"),
        ]);
        const ids = clients.map((c: { id: string }) => c.id);
        const [, orders] = await Promise.all([
          q(
            dbs.corrections,
            'select f.*, x.code, x.max_term_months from case_file f join offense x on x.id = f.offense_id where f.client_id = any($1)',
            [ids],
          ),
          q(dbs.corrections, 'select * from community_service_order where client_id = any($1)', [ids]),
          q(dbs['child-protection'], 'select case_number, status, client_id from protection_case where client_id = any($1)', [
            ids,
          ]),
        ]);
        const orderIds = orders.map((o: { id: string }) => o.id);
        const placements = await q(
          dbs.worksites,
          'select p.*, s.name as site from placement p join work_site s on s.id = p.site_id where p.order_id = any($1)',
          [orderIds],
        );
        await q(
          dbs.worksites,
          `select placement_id, sum(hours) from attendance_record a where placement_id = any($1)
           and not exists (select 1 from attendance_record b where b.supersedes_id = a.id) group by placement_id`,
          [placements.map((p: { id: string }) => p.id)],
        );
        statements = n;
        latencies.push(performance.now() - started);
      }
    } finally {
      await Promise.all(Object.values(dbs).map((d) => d.end()));
    }
  };
  await Promise.all(Array.from({ length: connections }, worker));
  latencies.sort((a, b) => a - b);
  return {
    requestsPerSecond: latencies.length / duration,
    p50: percentile(latencies, 50),
    p95: percentile(latencies, 95),
    p99: percentile(latencies, 99),
    statements,
  };
}

function table(rows: Measured[], size: string): string {
  const header = [
    'size',
    'scenario',
    'req/s',
    'p50 ms',
    'p95 ms',
    'p99 ms',
    'SQL/req',
    'fetches/req',
    'errors',
    'RSS MB (gw/corr/cp/ws)',
    'CPU ms/req (gw/corr/cp/ws)',
  ];
  const lines = rows.map((r) => [
    size,
    r.scenario,
    r.requestsPerSecond.toFixed(1),
    r.p50.toFixed(1),
    r.p95.toFixed(1),
    r.p99.toFixed(1),
    r.sqlStatements === null ? '-' : String(r.sqlStatements),
    r.subgraphFetches === null ? '-' : String(r.subgraphFetches),
    String(r.errors),
    ['gateway', 'corrections', 'child-protection', 'worksites'].map((n) => r.rssMb[n] ?? '-').join('/'),
    ['gateway', 'corrections', 'child-protection', 'worksites'].map((n) => r.cpuMsPerRequest[n] ?? '-').join('/'),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...lines.map((l) => l[i]!.length)));
  return [header, ...lines].map((l) => l.map((c, i) => c.padEnd(widths[i]!)).join('  ')).join('\n');
}

async function measure(
  config: DevConfig,
  gatewayUrl: string,
  hub: RunningHub | null,
  databaseUrls: Record<SubgraphName, string>,
  tokens: Record<string, string>,
  connections: number,
  duration: number,
  only: string[] | null,
  soakSeconds: number,
  log: (line: string) => void,
): Promise<{ rows: Measured[]; floor: Awaited<ReturnType<typeof rawFloor>>; soak?: SoakResult }> {
  const today = config.seedToday ?? jakartaDate(new Date());
  const deep = await deepCursor(databaseUrls.corrections);
  const free = await freeAttendanceDays(databaseUrls.worksites, today);
  let write = 0;
  const run = Date.now().toString(36);
  const scenarios: Scenario[] = [
    { name: 'case view (50)', user: 'head.bapas', body: () => body(CASE_VIEW, { first: 50 }) },
    { name: 'case view, estimated total', user: 'head.bapas', body: () => body(CASE_VIEW_ESTIMATED, { first: 50 }) },
    { name: 'deep page', user: 'head.bapas', body: () => body(DEEP_PAGE, { after: deep }) },
    { name: 'filtered list', user: 'head.bapas', body: () => body(FILTERED) },
    { name: 'name search', user: 'head.bapas', body: () => body(SEARCH) },
    { name: 'prosecutor orders', user: 'prosecutor.tjb', body: () => body(PROSECUTOR) },
    { name: 'analyst statistics', user: 'analyst', body: () => body(STATISTICS) },
    {
      name: 'attendance write',
      user: 'head.bapas',
      body: () => {
        const pair = free[write % Math.max(free.length, 1)];
        write += 1;
        return body(ATTENDANCE, {
          input: {
            placementId: pair?.placementId ?? '00000000-0000-4000-8000-000000000000',
            date: pair?.date ?? today,
            hours: 0,
            outcome: 'ACCEPTABLE_ABSENCE',
            reason: 'Sakit, dengan surat keterangan dokter.',
            idempotencyKey: `bench-${run}-${write}`,
          },
        });
      },
    },
  ];
  const rows: Measured[] = [];
  const chosen = scenarios.filter((x) => !only || only.some((o) => x.name.startsWith(o)));
  // The whole hub warmed once before the first scenario (the JIT of four processes, the gateway's
  // plan cache, the pools): with only its own short warm-up, the first scenario measured a cold hub.
  if (chosen[0]) await runAutocannon(gatewayUrl, tokens[chosen[0].user]!, chosen[0], connections, 8);
  for (const s of chosen) {
    const token = tokens[s.user]!;
    const first = await probeWhenIdle(gatewayUrl, token, s.body());
    if (first.errors) log(`  ${s.name}: the probe answered errors: ${first.errors}`);
    // A short warm-up, so the JIT and the connection pools are in their steady state.
    await runAutocannon(gatewayUrl, token, s, connections, 2);
    const cpuBefore = cpuOf(hub);
    const r = await runAutocannon(gatewayUrl, token, s, connections, duration);
    const cpuAfter = cpuOf(hub);
    const requests = Math.max(1, r.requestsPerSecond * duration);
    const cpuMsPerRequest = Object.fromEntries(
      Object.keys(cpuAfter).map((n) => [n, Math.round((10 * (cpuAfter[n]! - (cpuBefore[n] ?? 0))) / requests) / 10]),
    );
    rows.push({
      scenario: s.name,
      ...r,
      sqlStatements: first.sql,
      subgraphFetches: first.fetches,
      rssMb: rssOf(hub),
      cpuMsPerRequest,
    });
    log(`  ${s.name}: ${r.requestsPerSecond.toFixed(1)} req/s, p50 ${r.p50.toFixed(1)} ms`);
  }
  const floor = await rawFloor(databaseUrls, connections, duration);
  log(`  raw-SQL floor of the case view: ${floor.requestsPerSecond.toFixed(1)} req/s, p50 ${floor.p50.toFixed(1)} ms`);
  if (soakSeconds <= 0) return { rows, floor };
  const mixed = scenarios.filter((x) => x.user === 'head.bapas');
  log(`  soak: ${mixed.map((x) => x.name).join(', ')} in turn for ${soakSeconds} s, RSS sampled every ${SOAK_SAMPLE_SECONDS} s`);
  const soakResult = await soak(gatewayUrl, tokens['head.bapas']!, mixed, hub, connections, soakSeconds, log);
  return { rows, floor, soak: soakResult };
}

const SOAK_SAMPLE_SECONDS = 15;

interface SoakResult {
  seconds: number;
  requests: number;
  errors: number;
  /** RSS of each process (MB) every SOAK_SAMPLE_SECONDS. */
  samples: Array<{ at: number; rssMb: Record<string, number> }>;
}

/**
 * Memory under a long run: the head of Bapas's read and write scenarios in turn at fixed concurrency,
 * the RSS of each hub process sampled as it goes. Growth is judged after the first minute (JIT,
 * pools and caches warm up), from the samples, not by a threshold.
 */
async function soak(
  url: string,
  token: string,
  scenarios: Scenario[],
  hub: RunningHub | null,
  connections: number,
  seconds: number,
  log: (line: string) => void,
): Promise<SoakResult> {
  const samples: SoakResult['samples'] = [];
  const started = Date.now();
  const sample = () => {
    samples.push({ at: Math.round((Date.now() - started) / 1000), rssMb: rssOf(hub) });
    const last = samples[samples.length - 1]!;
    log(`  soak ${String(last.at).padStart(4)} s: RSS MB ${PROCESS_ORDER.map((n) => last.rssMb[n] ?? '-').join('/')}`);
  };
  sample();
  const timer = setInterval(sample, SOAK_SAMPLE_SECONDS * 1000);
  let turn = 0;
  const mixed: Scenario = { name: 'soak', user: 'head.bapas', body: () => scenarios[turn++ % scenarios.length]!.body() };
  try {
    const r = await runAutocannon(url, token, mixed, connections, seconds);
    sample();
    return { seconds, requests: Math.round(r.requestsPerSecond * seconds), errors: r.errors, samples };
  } finally {
    clearInterval(timer);
  }
}

const PROCESS_ORDER = ['gateway', 'corrections', 'child-protection', 'worksites'];

/**
 * The soak's figures per process: RSS after the first minute, the median RSS of the rest of the
 * first half and of the second half, the highest and the last. A heap that only warms up keeps the
 * same median in both halves (garbage collection makes single samples jump); a leak raises it.
 */
function soakTable(result: SoakResult): string {
  const half = result.seconds / 2;
  const median = (values: number[]) => [...values].sort((a, b) => a - b)[values.length >> 1] ?? 0;
  const rssOfAll = (n: string, keep: (at: number) => boolean) =>
    result.samples.filter((x) => keep(x.at)).map((x) => x.rssMb[n] ?? 0);
  const rows = PROCESS_ORDER.map((n) => {
    const first = median(rssOfAll(n, (at) => at >= 60 && at <= half));
    const second = median(rssOfAll(n, (at) => at > half));
    const cells = [
      result.samples.find((x) => x.at >= 60)?.rssMb[n] ?? '-',
      first,
      second,
      second - first,
      Math.max(0, ...rssOfAll(n, () => true)),
      result.samples[result.samples.length - 1]?.rssMb[n] ?? '-',
    ];
    return [n.padEnd(17), ...cells.map((c) => String(c).padStart(15))].join(' ');
  });
  const header = ['at 1 min', 'median 1st half', 'median 2nd half', 'growth', 'highest', 'at the end'];
  return [
    `soak: ${result.seconds} s, ${result.requests} requests, ${result.errors} errors (RSS in MB)`,
    ['process'.padEnd(17), ...header.map((h) => h.padStart(15))].join(' '),
    ...rows,
  ].join('\n');
}

async function main(): Promise<void> {
  const argv = process.argv.slice(2);
  const log = (line: string) => process.stdout.write(`[bench] ${line}\n`);
  const config = devConfigOrExit();
  const sizes = (argValue(argv, 'sizes') ?? '10k').split(',').map(parseCount);
  const duration = Number(argValue(argv, 'duration') ?? 10);
  const connections = Number(argValue(argv, 'connections') ?? 4);
  const url = argValue(argv, 'url');
  const only = argValue(argv, 'only')?.split(',') ?? null;
  const soakSeconds = Number(argValue(argv, 'soak') ?? 0);
  const dataDir = dataDirOf(config);
  const results: Array<{
    size: number | 'running';
    rows: Measured[];
    floor: Awaited<ReturnType<typeof rawFloor>>;
    soak?: SoakResult;
  }> = [];

  for (const size of url ? (['running'] as const) : sizes) {
    const dir = size === 'running' ? dataDir : join(dataDir, `bench-${size}`);
    const secrets = loadOrCreateSecrets(dir);
    const tokens: Record<string, string> = {};
    for (const u of demoUsers()) {
      tokens[u.username] = await mintToken(claimsOfUser(u), {
        secret: secrets.authSecret,
        issuer: DEMO_ISSUER,
        audience: DEMO_AUDIENCE,
      });
    }
    if (size === 'running') {
      if (!config.databaseUrls) throw new Error('--url needs the hub databases as *_DATABASE_URL (for the raw-SQL floor)');
      log(`measuring the running hub at ${url}`);
      results.push({
        size,
        ...(await measure(config, url!, null, config.databaseUrls, tokens, connections, duration, only, soakSeconds, log)),
      });
      continue;
    }
    log(`${size} clients: preparing the databases in ${dir}`);
    const databases = await openDatabases(config, dir);
    try {
      if (!(await ensureScaleWorld(config, databases, size, log))) throw new Error(`the databases in ${dir} hold another size`);
      const hub = await startHubOn(config, databases);
      try {
        log(`${size} clients: measuring (${connections} connections, ${duration} s per scenario)`);
        results.push({
          size,
          ...(await measure(
            config,
            hub.gatewayUrl,
            hub,
            databases.databaseUrls,
            tokens,
            connections,
            duration,
            only,
            soakSeconds,
            log,
          )),
        });
      } finally {
        await hub.stop();
      }
    } finally {
      await databases.stop();
    }
  }

  process.stdout.write('\n');
  for (const r of results) {
    const label = r.size === 'running' ? 'running' : `${r.size}`;
    process.stdout.write(`${table(r.rows, label)}\n`);
    const caseView = r.rows[0]!;
    process.stdout.write(
      `raw-SQL floor of the case view at ${label}: ${r.floor.requestsPerSecond.toFixed(1)} req/s, p50 ${r.floor.p50.toFixed(1)} ms, ` +
        `${r.floor.statements} statements; hub/floor = ${(caseView.requestsPerSecond / r.floor.requestsPerSecond).toFixed(2)}\n\n`,
    );
    if (r.soak) process.stdout.write(`${soakTable(r.soak)}\n\n`);
  }
  const out = argValue(argv, 'out') ?? join(dataDir, 'bench', `bench-${new Date().toISOString().replace(/[:.]/g, '-')}.json`);
  mkdirSync(join(out, '..'), { recursive: true });
  writeFileSync(out, `${JSON.stringify({ at: new Date().toISOString(), connections, duration, results }, null, 2)}\n`);
  log(`figures written to ${out}`);
}

if (require.main === module) {
  main().catch((error: unknown) => {
    process.stderr.write(`[bench] failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exit(1);
  });
}
