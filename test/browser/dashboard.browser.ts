import { readFileSync } from 'node:fs';
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
async function expectAccessible(page: Page, exclude: string[] = []): Promise<void> {
  const violations = await seriousViolations(page, exclude);
  expect(violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
}

function userOf(username: string) {
  return t.world.users.find((u) => u.username === username)!;
}

describe('the PK (pk.rahman), on a phone-sized screen', () => {
  it('finds a child, refers them to DP3AP2KB, records their order and places it at a site, requests and submits a Litmas, records a session and withdraws the referral, all in Bahasa Indonesia', async () => {
    const { context, page, outside, pageErrors, cspViolations } = await isolatedContext(browser, { phone: true });
    try {
      await page.goto(base);
      await page.getByRole('heading', { name: 'Masuk sebagai' }).waitFor();
      await expectAccessible(page);
      await screenshot(page, 'masuk-sebagai');

      await signIn(page, base, 'pk.rahman');
      await page.getByRole('heading', { name: 'Klien saya' }).waitFor();
      await page.locator('table tbody tr').first().waitFor();
      await expectAccessible(page);
      await screenshot(page, 'pk-klien-saya');

      const child = t.world.clients.find(
        (c) =>
          c.officerId === userOf('pk.rahman').officerId && c.category === 'CHILD_IN_CONFLICT' && c.status === 'POST_ADJUDICATION',
      )!;
      await page.getByLabel('Cari klien').fill(child.fullName.split(' ')[0]!);
      await page.getByRole('link', { name: child.fullName }).click();
      await page.getByRole('heading', { level: 1, name: child.fullName }).waitFor();
      await expectAccessible(page);

      // Refer to DP3AP2KB.
      const refer = page.getByTestId('refer');
      await refer.locator('summary').click();
      await refer.getByLabel('Pendampingan psikososial').check();
      await refer.getByLabel('Dukungan keluarga').check();
      await refer.getByLabel('Alasan rujukan').fill('Anak membutuhkan pendampingan psikososial dan dukungan keluarga.');
      await refer.getByRole('button', { name: 'Kirim rujukan' }).click();
      await page.getByText('menunggu tanggapan').waitFor();

      // A refusal shows its message, field and article (a child's order above 120 hours).
      const issue = page.getByTestId('issue-order');
      await issue.locator('summary').click();
      await issue.getByLabel('Jumlah jam').fill('500');
      const start = await issue.getByLabel('Tanggal mulai').inputValue();
      const deadline = new Date(Date.parse(`${start}T12:00:00Z`) + 90 * 86_400_000).toISOString().slice(0, 10);
      await issue.getByLabel('Batas waktu').fill(deadline);
      await issue.getByLabel('Nomor putusan').fill('12/Pid.Sus-Anak/2026/PN Klt');
      // A child's order has no consent box: consent is an adult's matter (KUHP Art. 85(2)(c)).
      expect(await issue.getByLabel('Terpidana menyetujui setelah diberi penjelasan').count()).toBe(0);
      await issue.getByRole('button', { name: 'Catat putusan' }).click();
      const refusal = issue.getByRole('alert');
      await refusal.waitFor();
      // The hub's own refusal, in the dashboard's language with its values (Accept-Language from the client).
      expect(await refusal.innerText()).toMatch(/antara 7 dan 120 jam; yang diisi 500 jam.*isian: input\.orderedHours/s);
      expect(await refusal.innerText()).toMatch(/dasar hukum: .*(SPPA|76)/);
      await screenshot(page, 'pk-penolakan');

      // Then a valid order.
      await issue.getByLabel('Jumlah jam').fill('40');
      await issue.getByRole('button', { name: 'Catat putusan' }).click();
      await page.getByText('Menunggu penempatan', { exact: false }).first().waitFor();

      // Place it at a site from the filtered picker.
      const place = page.getByTestId('place-order');
      await place.locator('summary').click();
      const picker = place.locator('select');
      await page.waitForFunction(
        () =>
          ((document.querySelector('[data-testid="place-order"] select') as HTMLSelectElement | null)?.options.length ?? 0) > 1,
      );
      const siteName = (await picker.locator('option').nth(1).innerText()).split(' · ')[0]!;
      await picker.selectOption({ index: 1 });
      await place.getByRole('button', { name: 'Tempatkan' }).click();
      await page.getByText(siteName, { exact: true }).waitFor();
      await page.getByText('0 dari 40 jam').first().waitFor();
      expect(await page.getByRole('progressbar').count()).toBeGreaterThanOrEqual(2);
      await expectAccessible(page);
      await screenshot(page, 'pk-klien');

      // Litmas: request, then submit with a recommendation.
      const request = page.getByTestId('request-litmas');
      await request.locator('summary').click();
      await request.getByLabel('Peminta').fill('Penyidik Polres Tanjung Jabung Barat');
      await request.getByRole('button', { name: 'Catat permintaan' }).click();
      await page.getByText('Belum diserahkan').waitFor();
      const submit = page.getByTestId('submit-litmas');
      await submit.locator('summary').click();
      await submit.getByLabel('Rekomendasi').fill('Pembimbingan dilanjutkan dengan pendampingan keluarga.');
      await submit.getByRole('button', { name: 'Serahkan' }).click();
      await page.getByText(/^Diserahkan /).waitFor();

      // A supervision session.
      const session = page.getByTestId('record-session');
      await session.locator('summary').click();
      await session.getByLabel('Tempat').fill('Rumah klien');
      await session.getByLabel('Ringkasan').fill('Klien hadir bersama orang tua; sekolah berjalan baik.');
      await session.getByRole('button', { name: 'Simpan' }).click();
      await page.getByText('Klien hadir bersama orang tua; sekolah berjalan baik.').waitFor();

      // Withdrawing the referral ends the sharing.
      const withdraw = page.getByTestId('withdraw');
      await withdraw.locator('summary').click();
      await withdraw.getByLabel('Alasan penarikan').fill('Layanan diberikan oleh lembaga lain.');
      await withdraw.getByRole('button', { name: 'Tarik' }).click();
      await page.getByText('Ditarik', { exact: true }).waitFor();

      expect(pageErrors).toEqual([]);

      expect(cspViolations).toEqual([]);
      expect(outside).toEqual([]);
    } finally {
      await context.close();
    }
  });

  it("cannot reach another PK's client: an empty state, not a crash", async () => {
    const { context, page, pageErrors, cspViolations } = await isolatedContext(browser);
    try {
      const other = t.world.clients.find((c) => c.officerId === userOf('pk.hendra').officerId)!;
      await signIn(page, base, 'pk.rahman');
      await page.goto(`${base}/klien/${encodeURIComponent(other.id)}`);
      await page.getByText('Klien tidak ditemukan, atau tidak ditugaskan kepada Anda.').waitFor();
      expect(await page.content()).not.toContain(other.fullName);
      expect(pageErrors).toEqual([]);
      expect(cspViolations).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('the head of Bapas', () => {
  it('sees the workload per PK, assigns a PK to a registered client and registers a new client', async () => {
    const { context, page, pageErrors, cspViolations } = await isolatedContext(browser);
    try {
      await signIn(page, base, 'head.bapas');
      await page.getByRole('heading', { name: 'Kantor Bapas' }).waitFor();
      await page.getByRole('heading', { name: 'Beban kerja per PK' }).waitFor();
      expect(await page.getByText(userOf('pk.rahman').name).count()).toBeGreaterThan(0);
      await expectAccessible(page);
      await screenshot(page, 'kepala-bapas');
      const form = page.locator('form', { has: page.getByRole('heading', { name: 'Tugaskan PK' }) });
      await form.getByLabel('Klien (status terdaftar)').selectOption({ index: 1 });
      await form
        .locator('select')
        .nth(1)
        .selectOption({ label: userOf('pk.nurhayati').name });
      await form.getByRole('button', { name: 'Tugaskan' }).click();
      await form.getByText('Tersimpan.').waitFor();

      // Register a new (synthetic) adult client; a wrong NIK is refused first, naming the field.
      const register = page.locator('form', { has: page.getByRole('heading', { name: 'Daftarkan klien' }) });
      await register.getByLabel('Nomor register').fill('BAPAS-JMB-2026-9001');
      await register.getByLabel('Nama lengkap').fill('Bayu Saputra Lubis');
      await register.getByLabel('NIK').fill('123');
      await register.getByLabel('Tanggal lahir').fill('1990-04-12');
      await register.getByLabel('Alamat').fill('Jl. Contoh No. 1, Kuala Tungkal');
      await register.getByRole('button', { name: 'Daftarkan' }).click();
      await register.getByText('input.nik').waitFor();
      await register.getByLabel('NIK').fill('1507011204900001');
      await register.getByRole('button', { name: 'Daftarkan' }).click();
      await register.getByText('Klien BAPAS-JMB-2026-9001 terdaftar.').waitFor();
      expect(pageErrors).toEqual([]);
      expect(cspViolations).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('the prosecutor (KUHP Art. 85(8))', () => {
  it("sees the district's orders with hours and signals, and exports them as CSV", async () => {
    const { context, page, pageErrors, cspViolations } = await isolatedContext(browser);
    try {
      await signIn(page, base, 'prosecutor.tjb');
      await page.getByRole('heading', { name: 'Pengawasan pidana kerja sosial' }).waitFor();
      await page.locator('table tbody tr').first().waitFor();
      await expectAccessible(page);
      await screenshot(page, 'jaksa');
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Unduh CSV' }).click(),
      ]);
      const csv = readFileSync((await download.path())!, 'utf8');
      const lines = csv.trim().split('\r\n');
      expect(lines[0]).toContain('nomor_register,nomor_putusan');
      const rows = await page.locator('table tbody tr').count();
      expect(lines.length - 1).toBe(rows);
      expect(pageErrors).toEqual([]);
      expect(cspViolations).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('the auditor', () => {
  it("searches the three agencies' access logs side by side and opens a data subject's processing record", async () => {
    const { context, page, pageErrors, cspViolations } = await isolatedContext(browser);
    try {
      await signIn(page, base, 'auditor');
      await page.getByRole('heading', { name: 'Log akses', exact: true }).waitFor();
      await page.getByLabel('Pengguna').fill('pk.rahman');
      await page.getByRole('button', { name: 'Cari' }).click();
      const bapas = page.getByRole('article', { name: 'Bapas Kelas I Jambi' });
      await bapas.locator('ol.log li').first().waitFor();
      await page
        .getByRole('article', { name: 'DP3AP2KB Tanjung Jabung Barat' })
        .getByText(/^\d+ entri$/)
        .waitFor();
      await page
        .getByRole('article', { name: 'Penyedia lokasi kerja sosial' })
        .getByText(/^\d+ entri$/)
        .waitFor();
      await expectAccessible(page);
      await screenshot(page, 'auditor');

      const child = t.world.clients.find((c) => c.officerId === userOf('pk.rahman').officerId)!;
      await page.getByLabel('ID klien').fill(child.id);
      await page.getByRole('button', { name: 'Tampilkan' }).click();
      await page.getByText(/^Dibuat /).waitFor();
      expect(await page.locator('pre.doc').count()).toBe(3);
      expect(pageErrors).toEqual([]);
      expect(cspViolations).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('the explorer', () => {
  it("runs a query with the signed-in person's token, with no network beyond loopback, and explains a refusal by the limits", async () => {
    const { context, page, outside, pageErrors, cspViolations } = await isolatedContext(browser);
    try {
      await signIn(page, base, 'pk.rahman');
      // GraphiQL first loads the schema (introspection, allowed with a token); run once it has.
      const schemaLoaded = page.waitForResponse((r) => r.url().endsWith('/graphql') && r.status() === 200);
      await page.goto(`${base}/explorer`);
      await schemaLoaded;
      await page.locator('.graphiql-query-editor .CodeMirror').getByText('MyClients').waitFor();
      await page.locator('.graphiql-execute-button').click();
      await page.locator('.graphiql-response').getByText('registerNumber').first().waitFor();
      await screenshot(page, 'explorer');
      await expectAccessible(page, ['.graphiql-container']);
      // GraphiQL's dialogs and the documentation explorer work under the page's policy as well.
      await page.getByRole('button', { name: 'Open settings dialog' }).click();
      await page.getByRole('dialog').waitFor();
      await page.keyboard.press('Escape');
      await page.getByRole('dialog').waitFor({ state: 'detached' });
      await page.getByRole('button', { name: /Documentation Explorer/ }).click();
      await page.locator('.graphiql-doc-explorer').waitFor();

      const aliases = `{ ${Array.from({ length: 20 }, (_, i) => `a${i}: clients { totalCount }`).join(' ')} }`;
      await page.evaluate((q) => {
        const cm = (
          document.querySelector('.graphiql-query-editor .CodeMirror') as unknown as { CodeMirror: { setValue(v: string): void } }
        ).CodeMirror;
        cm.setValue(q);
      }, aliases);
      await page.locator('.graphiql-execute-button').click();
      await page.getByText('Kueri ditolak oleh batas kueri gateway (HTTP 400).').waitFor();
      expect(outside).toEqual([]);
      expect(pageErrors).toEqual([]);
      expect(cspViolations).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('the language switch and sign-out', () => {
  it('switches to English and back, and sign-out forgets the token', async () => {
    const { context, page, cspViolations } = await isolatedContext(browser);
    try {
      await signIn(page, base, 'pk.rahman');
      await page.getByRole('button', { name: 'English' }).click();
      await page.getByRole('heading', { name: 'My clients' }).waitFor();
      await page.getByRole('button', { name: 'Bahasa Indonesia' }).click();
      await page.getByRole('heading', { name: 'Klien saya' }).waitFor();
      // A reload keeps the session (this tab's storage) and answers the caseload from the prefetch in index.html.
      await page.reload();
      await page.locator('table tbody tr').first().waitFor();
      expect(await page.evaluate(() => (window as unknown as { __hubPrefetch?: unknown }).__hubPrefetch)).toBeUndefined();
      await page.getByRole('button', { name: 'Keluar' }).click();
      await page.getByRole('heading', { name: 'Masuk sebagai' }).waitFor();
      expect(await page.evaluate(() => JSON.stringify(sessionStorage))).not.toMatch(/eyJ/);
      expect(page.url()).not.toMatch(/token|eyJ/);
      // The prefetch above ran: the page's policy allows it by its hash.
      expect(cspViolations).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
