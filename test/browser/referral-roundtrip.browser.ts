import type { Browser, Page } from 'playwright-core';
import { startTestHub, type TestHub } from '../hub';
import { isolatedContext, launch, screenshot, seriousViolations, signIn } from './browser';

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

/** Every main page must pass axe-core with no serious or critical violation. */
async function expectAccessible(page: Page): Promise<void> {
  const violations = await seriousViolations(page);
  expect(violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
}

function userOf(username: string) {
  return t.world.users.find((u) => u.username === username)!;
}

const NOTES = 'Sesi pertama: anak tampak cemas, tidur terganggu; latihan relaksasi napas.';

describe('the referral round trip across Bapas and DP3AP2KB, in the browser', () => {
  it('PK refers a child → the case manager accepts and assigns the psychologist → the psychologist records two services (one with clinical notes) → the PK sees ACCEPTED and 2 services, never the notes', async () => {
    const pk = userOf('pk.rahman');
    const psychologist = userOf('psy.tjb');
    const child = t.world.clients.find(
      (c) =>
        c.officerId === pk.officerId &&
        c.category === 'CHILD_IN_CONFLICT' &&
        c.districtCode === '1507' &&
        !t.world.referrals.some((r) => r.clientId === c.id && r.status === 'OPEN'),
    )!;
    expect(child).toBeDefined();
    const contexts: Array<Awaited<ReturnType<typeof isolatedContext>>> = [];
    try {
      // 1. The PK refers the child to DP3AP2KB.
      const asPk = await isolatedContext(browser);
      contexts.push(asPk);
      await signIn(asPk.page, base, 'pk.rahman');
      await asPk.page.goto(`${base}/klien/${encodeURIComponent(child.id)}`);
      await asPk.page.getByRole('heading', { level: 1, name: child.fullName }).waitFor();
      const refer = asPk.page.getByTestId('refer');
      await refer.locator('summary').click();
      await refer.getByLabel('Pendampingan psikososial').check();
      await refer.getByLabel('Dukungan keluarga').check();
      await refer
        .getByLabel('Alasan rujukan')
        .fill('Anak cemas setelah persidangan; perlu pendampingan psikologis dan keluarga.');
      await refer.getByRole('button', { name: 'Kirim rujukan' }).click();
      await asPk.page.getByText('menunggu tanggapan').waitFor();

      // 2. The case manager finds it in the inbox (the child's full identity while the referral is open) and accepts it.
      const asManager = await isolatedContext(browser);
      contexts.push(asManager);
      const cm = asManager.page;
      await signIn(cm, base, 'cm.tjb');
      await cm.getByRole('heading', { level: 1, name: 'Meja manajer kasus' }).waitFor();
      const item = cm.getByTestId('awaiting').getByTestId('incoming-referral').filter({ hasText: child.fullName });
      await item.waitFor();
      expect(await item.innerText()).toMatch(
        /Penuh[\s\S]*Pendampingan psikososial, Dukungan keluarga[\s\S]*Anak cemas setelah persidangan[\s\S]*hari ini/,
      );
      await cm.getByTestId('risk-HIGH').waitFor();
      await expectAccessible(cm);
      await screenshot(cm, 'manajer-kasus');

      const accept = item.getByTestId('accept-referral');
      await accept.locator('summary').click();
      await accept.getByLabel('Tingkat risiko').selectOption('HIGH');
      const picker = accept.getByLabel('Pendamping');
      await picker.locator('option', { hasText: psychologist.name }).waitFor({ state: 'attached' });
      await picker.selectOption({ label: `${psychologist.name} · Psikolog` });
      await accept.getByRole('button', { name: 'Terima dan buka kasus' }).click();
      const answered = cm.getByTestId('answered').getByTestId('incoming-referral').filter({ hasText: child.fullName });
      const caseLink = answered.getByRole('link', { name: /^PPA-1507-/ });
      await caseLink.waitFor();
      const caseNumber = await caseLink.innerText();
      expect(await answered.innerText()).toContain('Diterima');

      // The case page as the case manager; the inbox and the district's cases on their own pages.
      await caseLink.click();
      await cm.getByRole('heading', { level: 1, name: new RegExp(`^${caseNumber} · `) }).waitFor();
      await cm.getByText(psychologist.name).first().waitFor();
      await expectAccessible(cm);
      await screenshot(cm, 'manajer-kasus-kasus');
      for (const [path, heading] of [
        ['/rujukan', 'Rujukan masuk dari Bapas'],
        ['/perlindungan', 'Kasus perlindungan di kabupaten/kota Anda'],
      ] as const) {
        await cm
          .getByRole('navigation')
          .getByRole('link', { name: path === '/rujukan' ? 'Rujukan masuk' : 'Kasus perlindungan' })
          .click();
        await cm.getByRole('heading', { level: 1, name: heading }).waitFor();
        await cm.locator('[data-testid="incoming-referral"], table tbody tr').first().waitFor();
        await expectAccessible(cm);
      }

      // 3. The psychologist finds the case under "Kasus saya" and records two services, one with clinical notes.
      const asPsychologist = await isolatedContext(browser);
      contexts.push(asPsychologist);
      const psy = asPsychologist.page;
      await signIn(psy, base, 'psy.tjb');
      await psy.getByRole('heading', { level: 1, name: 'Kasus saya' }).waitFor();
      await psy.getByTestId('risk-HIGH').getByRole('link', { name: caseNumber }).waitFor();
      await expectAccessible(psy);
      await screenshot(psy, 'psikolog-kasus-saya');
      await psy.getByRole('link', { name: caseNumber }).click();
      await psy.getByRole('heading', { level: 1, name: new RegExp(`^${caseNumber} · `) }).waitFor();

      const service = psy.getByTestId('record-service');
      await service.locator('summary').click();
      await service.getByLabel('Jenis layanan').selectOption({ label: 'Psikolog klinis' });
      await service.getByLabel('Catatan klinis', { exact: false }).fill(NOTES);
      await service.getByRole('button', { name: 'Simpan' }).click();
      await psy.getByTestId('clinical-notes').getByText(NOTES).waitFor();
      await service.locator('summary').click();
      await service.getByLabel('Jenis layanan').selectOption({ label: 'Konseling' });
      await service.getByRole('button', { name: 'Simpan' }).click();
      await psy.getByTestId('service').nth(1).waitFor();
      expect(await psy.getByTestId('service').count()).toBe(2);
      await expectAccessible(psy);
      await screenshot(psy, 'psikolog-kasus');

      // The case manager, on the same case, sees both services and no notes field at all.
      await cm.goto(`${base}${new URL(psy.url()).pathname}`);
      await cm.getByTestId('service').nth(1).waitFor();
      expect(await cm.content()).not.toContain(NOTES);
      expect(await cm.getByText(/Catatan klinis/).count()).toBe(0);
      expect(await cm.getByLabel('Catatan klinis', { exact: false }).count()).toBe(0);

      // 4. The PK sees the referral accepted, the case and its two services, never the notes.
      await asPk.page.reload();
      await asPk.page.getByRole('heading', { level: 1, name: child.fullName }).waitFor();
      const referral = asPk.page.locator('li', { hasText: caseNumber }).first();
      await referral.getByText('2 layanan diberikan').first().waitFor();
      expect(await referral.innerText()).toContain('Diterima');
      expect(await asPk.page.content()).not.toContain(NOTES);
      expect(await asPk.page.getByText(/Catatan klinis/).count()).toBe(0);
      await screenshot(asPk.page, 'pk-rujukan-diterima');

      for (const c of contexts) {
        expect(c.pageErrors).toEqual([]);
        expect(c.cspViolations).toEqual([]);
        expect(c.outside).toEqual([]);
      }
    } finally {
      for (const c of contexts) await c.context.close();
    }
  });

  it("shows the caseworker their own cases, high risk first, without another person's cases", async () => {
    const { context, page, pageErrors, cspViolations } = await isolatedContext(browser);
    try {
      const caseworker = userOf('cw.tjb');
      const mine = t.world.protectionCases.filter((p) => p.caseworkerId === caseworker.caseworkerId);
      const others = t.world.protectionCases.filter((p) => p.caseworkerId !== caseworker.caseworkerId);
      await signIn(page, base, 'cw.tjb');
      await page.getByRole('heading', { level: 1, name: 'Kasus saya' }).waitFor();
      await page.locator('table tbody tr').first().waitFor();
      expect(await page.locator('table tbody tr').count()).toBe(mine.length);
      const groups = await page
        .locator('[data-testid^="risk-"]')
        .evaluateAll((els) => els.map((e) => e.getAttribute('data-testid')));
      const order = ['risk-HIGH', 'risk-MEDIUM', 'risk-LOW'];
      expect(groups).toEqual([...groups].sort((a, b) => order.indexOf(a!) - order.indexOf(b!)));
      const text = await page.content();
      for (const p of others) expect(text).not.toContain(p.caseNumber);
      await expectAccessible(page);
      await screenshot(page, 'pendamping-kasus-saya');
      expect(pageErrors).toEqual([]);
      expect(cspViolations).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
