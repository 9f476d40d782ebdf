/**
 * PostgreSQL goes away (stopped, then started again on the same data) while a supervisor's phone keeps
 * submitting attendance with idempotency keys and retrying what failed: each part answers
 * SERVICE_UNAVAILABLE naming its agency (never INTERNAL), /ready says the database is away, the
 * subgraphs reconnect by themselves, and every submission is credited exactly once. Bapas
 * registrations, retried alike, each create one client.
 */
import { chmodSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Client } from 'pg';
import { loadTestConfig, SUBGRAPH_NAMES, type SubgraphName } from '@hub/config';
import { databaseUrlFor, ensureDatabase } from '@hub/db';
import { spawn } from 'node:child_process';
import { createInterface } from 'node:readline';
import { freePort } from '@hub/testing';
import { E2E_SEED_TODAY, startTestHub, type TestHub } from '../hub';
import { ask, errorSummary, FAULT_SETTINGS, INTERNAL_DETAIL, readiness, sleep, until } from './faults';

const OUTAGE_MS = loadTestConfig().faultDatabaseOutageMs;
const REGISTER = `mutation($input: RegisterClientInput!) { registerClient(input: $input) {
  client { id } userErrors { field code } replayed } }`;
const RECORD = `mutation($input: RecordAttendanceInput!) { recordAttendance(input: $input) {
  attendance { id } userErrors { code message } replayed } }`;

let t: TestHub;
let pg: { adminUrl: string; stop(): Promise<void> };
let pgDir: string;
let pgPort: number;
const names: Record<SubgraphName, string> = {
  corrections: 'fault_corrections',
  'child-protection': 'fault_child_protection',
  worksites: 'fault_worksites',
};

/** Starts (or starts again, on the same data) the fault tier's own PostgreSQL in a child process. */
async function startPostgres(dataDir: string, port: number): Promise<typeof pg> {
  const child = spawn(process.execPath, [join(__dirname, '..', 'dist', 'faults', 'postgres-server.js'), dataDir, String(port)], {
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<void>((ok) => child.once('exit', () => ok()));
  const adminUrl = await new Promise<string>((ok, fail) => {
    createInterface({ input: child.stdout! }).on('line', (line) => {
      if (line.startsWith('ready ')) ok(line.slice(6));
    });
    child.once('exit', (code) => fail(new Error(`PostgreSQL exited (${code})`)));
  });
  return {
    adminUrl,
    async stop() {
      child.kill('SIGTERM');
      await exited;
    },
  };
}

beforeAll(async () => {
  pgDir = mkdtempSync(join(tmpdir(), 'hub-fault-'));
  chmodSync(pgDir, 0o755);
  pgPort = await freePort();
  pg = await startPostgres(join(pgDir, 'pg'), pgPort);
  for (const n of SUBGRAPH_NAMES) await ensureDatabase(pg.adminUrl, names[n]);
  const databaseUrls = Object.fromEntries(SUBGRAPH_NAMES.map((n) => [n, databaseUrlFor(pg.adminUrl, names[n])])) as Record<
    SubgraphName,
    string
  >;
  t = await startTestHub({ ...FAULT_SETTINGS, databaseUrls });
});
afterAll(async () => {
  await t?.stop();
  await pg?.stop();
  rmSync(pgDir, { recursive: true, force: true });
});

const jakartaToday = () => new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);
const addDays = (d: string, n: number) => new Date(Date.parse(`${d}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

/** Days without a record on active placements with hours to spare: each submission is new and valid. */
function submissions(count: number) {
  const { world } = t;
  const today = jakartaToday();
  const out: Array<{
    placementId: string;
    date: string;
    hours: number;
    outcome: string;
    activity: string;
    idempotencyKey: string;
  }> = [];
  const taken = new Set(world.attendance.map((a) => `${a.placementId}/${a.date}`));
  for (const p of world.placements.filter((x) => x.status === 'ACTIVE' && x.orderDeadline > today)) {
    const credited = world.attendance.filter((a) => a.placementId === p.id).reduce((s, a) => s + a.hours, 0);
    if (p.orderedHours - credited < 8) continue;
    for (let back = 1; back <= 4 && out.length < count; back += 1) {
      const date = addDays(today, -back);
      if (date < p.startDate || taken.has(`${p.id}/${date}`)) continue;
      out.push({
        placementId: p.id,
        date,
        hours: 1,
        outcome: 'ATTENDED',
        activity: 'Membersihkan halaman',
        idempotencyKey: `outage-${p.id}-${date}`,
      });
    }
  }
  return out;
}

/** Adult registrations at Bapas (corrections' own database goes away too). */
function registrations(count: number) {
  return Array.from({ length: count }, (_, i) => ({
    registerNumber: `BAPAS-JMB-2026-09${String(50 + i)}`,
    fullName: `Klien Uji Gangguan ${i + 1}`,
    nik: `150701040390${String(1 + i).padStart(4, '0')}`,
    birthDate: '1990-03-04',
    sex: 'MALE',
    districtCode: '1507',
    address: 'Jl. Uji No. 1, Kuala Tungkal',
    offenseDate: '2026-08-10',
    idempotencyKey: `outage-register-${i}`,
  }));
}

async function ledger(): Promise<{ rows: number; hours: number; perDay: Map<string, number> }> {
  const db = new Client({ connectionString: t.hub.databaseUrls.worksites });
  await db.connect();
  try {
    const r = await db.query<{ placement_id: string; date: string; hours: string }>(
      `select placement_id::text, to_char(date, 'YYYY-MM-DD') as date, hours::text from attendance_record`,
    );
    const perDay = new Map<string, number>();
    for (const row of r.rows)
      perDay.set(`${row.placement_id}/${row.date}`, (perDay.get(`${row.placement_id}/${row.date}`) ?? 0) + 1);
    return { rows: r.rows.length, hours: r.rows.reduce((s, row) => s + Number(row.hours), 0), perDay };
  } finally {
    await db.end();
  }
}

it('keeps every attendance submission exactly once through a PostgreSQL outage, and says SERVICE_UNAVAILABLE meanwhile', async () => {
  expect(E2E_SEED_TODAY).toBeTruthy();
  const token = await t.tokenFor('head.bapas');
  const planned = submissions(12);
  expect(planned.length).toBe(12);
  const before = await ledger();
  const seen: Array<{ code: unknown; agency: unknown }> = [];
  const leaks: string[] = [];
  const ids = new Map<string, string>();
  let done = 0;

  const registered = new Map<string, string>();
  const registering = (async () => {
    for (const input of registrations(4)) {
      for (;;) {
        const res = await ask(t.hub.gatewayUrl, REGISTER, token, { input }).catch(() => undefined);
        const payload = (res?.body.data as { registerClient?: { client: { id: string } | null; userErrors: unknown[] } } | null)
          ?.registerClient;
        if (res && JSON.stringify(res.body).match(INTERNAL_DETAIL)) leaks.push(JSON.stringify(res.body));
        if (payload?.client) {
          expect(payload.userErrors).toEqual([]);
          registered.set(input.idempotencyKey, payload.client.id);
          break;
        }
        if (res) seen.push(...errorSummary(res));
        await sleep(400);
      }
      await sleep(1_000);
    }
  })();
  const stream = (async () => {
    for (const input of planned) {
      for (;;) {
        const res = await ask(t.hub.gatewayUrl, RECORD, token, { input }).catch(() => undefined);
        const payload = (
          res?.body.data as { recordAttendance?: { attendance: { id: string } | null; userErrors: unknown[] } } | null
        )?.recordAttendance;
        if (res && JSON.stringify(res.body).match(INTERNAL_DETAIL)) leaks.push(JSON.stringify(res.body));
        if (payload?.attendance) {
          expect(payload.userErrors).toEqual([]);
          ids.set(input.idempotencyKey, payload.attendance.id);
          break;
        }
        if (res) seen.push(...errorSummary(res));
        await sleep(150);
      }
      done += 1;
    }
  })();

  await until(
    async () => done,
    (n) => n >= 3,
  );
  await pg.stop();
  // Meanwhile: the subgraph says its database is away, the gateway says the agency is down.
  await sleep(Math.min(3_000, OUTAGE_MS / 2));
  const sub = await fetch(new URL('/ready', t.hub.subgraphUrls.worksites));
  expect(sub.status).toBe(503);
  expect(await sub.json()).toEqual({ status: 'not ready', database: 'unavailable' });
  expect((await readiness(t.hub.gatewayUrl)).agencies).toMatchObject({ WORKSITES: 'down' });
  await sleep(Math.max(0, OUTAGE_MS - Math.min(3_000, OUTAGE_MS / 2)));
  pg = await startPostgres(join(pgDir, 'pg'), pgPort);
  await stream;
  await registering;

  // The outage was felt, and only as SERVICE_UNAVAILABLE / AGENCY_UNAVAILABLE naming an agency.
  expect(seen.length).toBeGreaterThan(0);
  expect(seen.filter((e) => e.code !== 'SERVICE_UNAVAILABLE' && e.code !== 'AGENCY_UNAVAILABLE')).toEqual([]);
  expect(seen.filter((e) => typeof e.agency !== 'string')).toEqual([]);
  expect(leaks).toEqual([]);
  // Nothing lost, nothing counted twice.
  const after = await ledger();
  expect(after.rows - before.rows).toBe(planned.length);
  expect(after.hours - before.hours).toBe(planned.length);
  for (const input of planned) expect(after.perDay.get(`${input.placementId}/${input.date}`)).toBe(1);
  // A retry with the same key after recovery returns the first result.
  for (const input of planned) {
    const res = await ask(t.hub.gatewayUrl, RECORD, token, { input });
    expect(res.body.data).toEqual({
      recordAttendance: { attendance: { id: ids.get(input.idempotencyKey) }, userErrors: [], replayed: true },
    });
  }
  expect((await ledger()).rows).toBe(after.rows);
  // Registrations at Bapas: each client exactly once, and a replay gives the same client.
  const corrections = new Client({ connectionString: t.hub.databaseUrls.corrections });
  await corrections.connect();
  try {
    const r = await corrections.query<{ register_number: string; n: string }>(
      "select register_number, count(*)::text as n from client where register_number like 'BAPAS-JMB-2026-095%' group by register_number",
    );
    expect(r.rows.map((row) => [row.register_number, row.n]).sort()).toEqual(
      registrations(4).map((x) => [x.registerNumber, '1']),
    );
  } finally {
    await corrections.end();
  }
  for (const input of registrations(4)) {
    const res = await ask(t.hub.gatewayUrl, REGISTER, token, { input });
    expect(res.body.data).toEqual({
      registerClient: { client: { id: registered.get(input.idempotencyKey) }, userErrors: [], replayed: true },
    });
  }
  await until(
    () => readiness(t.hub.gatewayUrl),
    (r) => r.status === 'ready',
  );
  // No subgraph had to be restarted: they reconnected by themselves.
  expect(t.hub.processes.map((p) => p.restarts)).toEqual([0, 0, 0, 0]);
});
