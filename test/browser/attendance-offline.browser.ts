import type { Browser, Page } from 'playwright-core';
import { postGraphQL } from '@hub/testing';
import { E2E_SEED_TODAY, startTestHub, type TestHub } from '../hub';
import { isolatedContext, launch, screenshot, seriousViolations, signIn } from './browser';

// The site supervisor's phone, offline for a morning: records kept on the device with their
// idempotency keys, the page reopened from the service worker with no connection, then sent when
// the connection returns; every day credited exactly once, a refusal shown with its reason.

let t: TestHub;
let browser: Browser;
let base: string;

beforeAll(async () => {
  [t, browser] = await Promise.all([startTestHub(), launch()]);
  base = t.hub.gatewayUrl.replace(/\/graphql$/, '');
}, 180_000);

afterAll(async () => {
  await browser?.close();
  await t?.stop();
});

const SUPERVISOR = 'supervisor.tjb';
const addDays = (d: string, n: number) => new Date(Date.parse(`${d}T12:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);
const jakartaToday = () => new Date(Date.now() + 7 * 3_600_000).toISOString().slice(0, 10);

// Days after the demo's last seeded attendance (the day before SEED_TODAY), so none is recorded yet.
const THREE_DAYS = [E2E_SEED_TODAY, addDays(E2E_SEED_TODAY, 1), addDays(E2E_SEED_TODAY, 3)];
const REFUSED_DAY = addDays(E2E_SEED_TODAY, 4);
const TWO_TAB_DAY = addDays(E2E_SEED_TODAY, 5);

interface LedgerView {
  placement: { attendance: { id: string; date: string; hours: number }[]; order: { id: string; hoursCompleted: number | null } };
}

/** The hub's side, read as the head of Bapas: the placement's attendance and the order's hours. */
async function ledger(placementId: string): Promise<LedgerView['placement']> {
  const res = await postGraphQL<LedgerView>(
    t.hub.gatewayUrl,
    'query Ledger($id: ID!) { placement(id: $id) { attendance { id date hours } order { id hoursCompleted } } }',
    { id: placementId },
    { token: await t.tokenFor('head.bapas') },
  );
  expect(res.body.errors).toBeUndefined();
  return res.body.data!.placement;
}

async function expectAccessible(page: Page): Promise<void> {
  const violations = await seriousViolations(page);
  expect(violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
}

const card = (page: Page, placementId: string) => page.locator(`li[data-placement="${placementId}"]`);

async function recordOneTap(page: Page, placementId: string, date: string): Promise<void> {
  await page.getByLabel('Tanggal kehadiran').fill(date);
  await card(page, placementId).locator('button.tap').click();
  await card(page, placementId).getByText('Menunggu').waitFor();
}

/** The records the page keeps in IndexedDB, read in the page itself. */
function deviceRecords(page: Page) {
  return page.evaluate(
    () =>
      new Promise<
        { key: string; placementId: string; date: string; hours: number; outcome: string; state: string; replayed: boolean }[]
      >((ok, fail) => {
        const open = indexedDB.open('hub-offline');
        open.onerror = () => fail(open.error);
        open.onsuccess = () => {
          const req = open.result.transaction('attendance').objectStore('attendance').getAll();
          req.onsuccess = () => {
            ok(req.result);
            open.result.close();
          };
          req.onerror = () => fail(req.error);
        };
      }),
  );
}

describe('the site supervisor on a phone with no connection', () => {
  it('records three days offline, reopens the page offline, and the hub credits each day exactly once when the connection returns; a refusal shows its reason; two tabs send a record once', async () => {
    const supervisor = t.world.users.find((u) => u.username === SUPERVISOR)!;
    const ownSites = new Set(t.world.workSites.filter((s) => s.providerId === supervisor.providerId).map((s) => s.id));
    const usable = t.world.placements.filter(
      (p) =>
        ownSites.has(p.siteId) &&
        p.status === 'ACTIVE' &&
        p.startDate <= E2E_SEED_TODAY &&
        p.orderDeadline >= TWO_TAB_DAY &&
        p.maxHoursPerDay >= 4 &&
        !t.world.attendance.some((a) => a.placementId === p.id && a.date >= E2E_SEED_TODAY),
    );
    // The demo world puts two people at supervisor.tjb's sites; the days used must have come (Asia/Jakarta).
    expect(usable.length).toBeGreaterThanOrEqual(2);
    expect(jakartaToday() >= TWO_TAB_DAY).toBe(true);
    const [first, second] = usable as [(typeof usable)[0], (typeof usable)[0]];
    const before = await ledger(first.id);

    const { context, page, outside, pageErrors, cspViolations } = await isolatedContext(browser, { phone: true });
    try {
      await signIn(page, base, SUPERVISOR);
      await page.getByRole('heading', { name: 'Hari ini di lokasi saya' }).waitFor();
      await card(page, first.id).waitFor();
      // Initials only: the limited view.
      expect((await card(page, first.id).locator('h3').textContent())?.trim()).toMatch(/^Inisial: ([A-Z]\.)+$/);
      // The service worker controls the page before the connection goes.
      await page.waitForFunction(() => !!navigator.serviceWorker?.controller, null, { timeout: 30_000 });
      await page.getByText('Aplikasi siap dibuka tanpa koneksi.').waitFor();
      await expectAccessible(page);

      // A second tab of the same supervisor, open on the same page.
      const tab2 = await context.newPage();
      tab2.on('pageerror', (e) => pageErrors.push(e.message));
      await signIn(tab2, base, SUPERVISOR);
      await card(tab2, second.id).waitFor();

      await context.setOffline(true);
      await page.getByText('Tanpa koneksi', { exact: false }).first().waitFor();

      for (const day of THREE_DAYS) await recordOneTap(page, first.id, day);
      const hoursPerDay = (await deviceRecords(page)).map((r) => r.hours);
      expect(hoursPerDay).toHaveLength(3);

      // Meanwhile the PK records the second person's day at the hub; the phone cannot know.
      const pk = await postGraphQL<{ recordAttendance: { userErrors: unknown[] } }>(
        t.hub.gatewayUrl,
        'mutation PkRecords($input: RecordAttendanceInput!) { recordAttendance(input: $input) { userErrors { code } } }',
        {
          input: {
            placementId: second.id,
            date: REFUSED_DAY,
            hours: second.maxHoursPerDay,
            outcome: 'ATTENDED',
            idempotencyKey: `pk-${second.id}-${REFUSED_DAY}`,
          },
        },
        { token: await t.tokenFor('head.bapas') },
      );
      expect(pk.body.data?.recordAttendance.userErrors).toEqual([]);
      await recordOneTap(page, second.id, REFUSED_DAY);
      await recordOneTap(page, second.id, TWO_TAB_DAY);
      await page.getByText('Menunggu 5 · Terkirim 0 · Ditolak 0').waitFor();
      // The other tab hears of the records (same device, same queue).
      await tab2.getByText('Menunggu 5 · Terkirim 0 · Ditolak 0').waitFor();

      // Reload with no connection: the page opens from the service worker and the queue is still there.
      const reloaded = await page.reload();
      expect(reloaded?.fromServiceWorker()).toBe(true);
      await page.getByRole('heading', { name: 'Hari ini di lokasi saya' }).waitFor();
      await page.getByText('Menunggu 5 · Terkirim 0 · Ditolak 0').waitFor();
      await card(page, first.id).waitFor();
      const queued = await deviceRecords(page);
      expect(queued.every((r) => r.state === 'pending' && /^att-[0-9a-f-]{36}$/.test(r.key))).toBe(true);
      expect(new Set(queued.map((r) => r.key)).size).toBe(5);
      // Nothing reached the hub while offline.
      expect((await ledger(first.id)).attendance.filter((a) => THREE_DAYS.includes(a.date))).toEqual([]);

      // The connection returns: both tabs try to send the same queue at once.
      const back = Date.now();
      await context.setOffline(false);
      await page.getByText('Menunggu 0 · Terkirim 4 · Ditolak 1').waitFor({ timeout: 30_000 });
      const syncMs = Date.now() - back;
      await tab2.getByText('Menunggu 0 · Terkirim 4 · Ditolak 1').waitFor({ timeout: 30_000 });

      // The refusal is shown with the hub's rule and article, and kept.
      const refused = page.locator('li.device-record[data-state="refused"]');
      await refused.waitFor();
      const refusal = await refused.innerText();
      expect(refusal).toContain('Ditolak');
      expect(refusal).toContain('sudah tercatat');
      expect(refusal).toMatch(/dasar hukum: KUHP Art\. 85\(5\)/);

      // The hub: each of the three days once, the order's hours up by exactly what was recorded.
      const after = await ledger(first.id);
      const days = after.attendance.filter((a) => THREE_DAYS.includes(a.date));
      expect(days.map((a) => a.date).sort()).toEqual([...THREE_DAYS].sort());
      const recorded = hoursPerDay.reduce((s, h) => s + h, 0);
      expect(after.order.hoursCompleted).toBe((before.order.hoursCompleted ?? 0) + recorded);
      const secondAfter = await ledger(second.id);
      expect(secondAfter.attendance.filter((a) => a.date === REFUSED_DAY)).toHaveLength(1);
      expect(secondAfter.attendance.filter((a) => a.date === TWO_TAB_DAY)).toHaveLength(1);

      // The same record submitted again from the second tab, with its key: a replay, credited once.
      const settled = await deviceRecords(tab2);
      const same = settled.find((r) => r.placementId === second.id && r.date === TWO_TAB_DAY)!;
      const replay = await tab2.evaluate(async (record) => {
        const token = sessionStorage.getItem('hub.session');
        const res = await fetch('/graphql', {
          method: 'POST',
          headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
          body: JSON.stringify({
            query:
              'mutation RecordAttendance($input: RecordAttendanceInput!) { recordAttendance(input: $input) { attendance { id } replayed userErrors { code } } }',
            variables: {
              input: {
                placementId: record.placementId,
                date: record.date,
                hours: record.hours,
                outcome: record.outcome,
                activity: null,
                reason: null,
                idempotencyKey: record.key,
              },
            },
          }),
        });
        return (await res.json()) as { data: { recordAttendance: { attendance: { id: string }; replayed: boolean } } };
      }, same);
      expect(replay.data.recordAttendance.replayed).toBe(true);
      const secondFinal = await ledger(second.id);
      expect(secondFinal.attendance.filter((a) => a.date === TWO_TAB_DAY).map((a) => a.id)).toEqual([
        replay.data.recordAttendance.attendance.id,
      ]);
      expect(secondFinal.order.hoursCompleted).toBe(secondAfter.order.hoursCompleted);

      // The service worker stored only the app's files: no GraphQL answer, no sign-in route.
      const cached = await page.evaluate(async () => {
        const urls: string[] = [];
        for (const name of await caches.keys())
          for (const req of await (await caches.open(name)).keys()) urls.push(new URL(req.url).pathname);
        return urls;
      });
      expect(cached.length).toBeGreaterThan(5);
      expect(cached.filter((p) => !/^\/(assets\/|icons\/|index\.html$|manifest\.webmanifest$)/.test(p))).toEqual([]);

      await expectAccessible(page);
      const shot = await screenshot(page, 'site-supervisor-hari-ini');

      const final = await deviceRecords(page);
      const duplicates =
        after.attendance.filter((a) => THREE_DAYS.includes(a.date)).length -
        THREE_DAYS.length +
        secondFinal.attendance.filter((a) => a.date === TWO_TAB_DAY).length -
        1;
      expect(duplicates).toBe(0);
      process.stdout.write(
        `[attendance-offline] sync figures: records queued ${final.length}, sent ${final.filter((r) => r.state === 'sent').length}, ` +
          `refused ${final.filter((r) => r.state === 'refused').length}, duplicates credited ${duplicates}; ` +
          `sends answered as replays by the tabs ${final.filter((r) => r.replayed).length}, re-submission from the second tab replayed ${
            replay.data.recordAttendance.replayed ? 1 : 0
          }; queue settled ${syncMs} ms after the connection returned; screenshot ${shot}\n`,
      );
      expect(pageErrors).toEqual([]);
      expect(cspViolations).toEqual([]);
      expect(outside).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
