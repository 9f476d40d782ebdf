import { readFileSync } from 'node:fs';
import type { Browser, Page } from 'playwright-core';
import { E2E_SEED_TODAY, startTestHub, type TestHub } from '../hub';
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

async function expectAccessible(page: Page): Promise<void> {
  const violations = await seriousViolations(page);
  expect(violations.map((v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
}

/** Asks the gateway directly, as the given demo user. */
async function ask<T>(username: string, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await fetch(t.hub.gatewayUrl, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${await t.tokenFor(username)}` },
    body: JSON.stringify({ query, variables }),
  });
  const body = (await response.json()) as { data: T; errors?: unknown[] };
  expect(body.errors).toBeUndefined();
  return body.data;
}

/**
 * Every number from 1 to 4 the analyst's page shows: in the text of the page (the HTML and the
 * charts' SVG text, titles and descriptions) and in its labels (aria-label, aria-valuetext,
 * title). Only the parts marked as exact figures that are not about people (sites, places offered,
 * events) are left out. "TW I", "1.230" and "15" are not such numbers.
 */
async function smallNumbersShown(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const small = /(?<![\w.,])[1-4](?![\w.,])/;
    const found: string[] = [];
    const main = document.querySelector('main')!;
    const walker = document.createTreeWalker(main, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      if (node.parentElement?.closest('[data-exact]')) continue;
      const text = node.textContent ?? '';
      if (small.test(text)) found.push(`text: ${text}`);
    }
    for (const el of Array.from(main.querySelectorAll('[aria-label], [aria-valuetext], [title], [aria-valuenow]'))) {
      if (el.closest('[data-exact]')) continue;
      for (const attr of ['aria-label', 'aria-valuetext', 'title', 'aria-valuenow']) {
        const value = el.getAttribute(attr);
        if (value && small.test(value)) found.push(`${attr}: ${value}`);
      }
    }
    return found;
  });
}

/** The counts the page's tables show (the count column only), as text. */
async function tableCounts(page: Page): Promise<string[]> {
  return page.locator('table.stat-table tbody td[data-label="Jumlah"]').allInnerTexts();
}

type Breakdown = { cells: { key: string; label: string; count: number | null; suppressed: boolean }[] };

describe('the analyst', () => {
  it('reads the three agencies’ statistics and the joint monitoring as charts and tables that never show a count from 1 to 4, hidden cells as "< 5", and downloads a CSV that keeps them', async () => {
    const { context, page, outside, pageErrors, cspViolations } = await isolatedContext(browser);
    try {
      await signIn(page, base, 'analyst');
      await page.getByRole('heading', { name: 'Statistik kerja sama ABH' }).waitFor();
      await page.getByRole('search').getByRole('combobox', { name: 'Tahun' }).selectOption(E2E_SEED_TODAY.slice(0, 4));
      // Four sections, each with its chart (the chart library arrives with the first one).
      await page.waitForFunction(() => document.querySelectorAll('svg.stat-chart').length === 4);
      await expectAccessible(page);
      await screenshot(page, 'analis-statistik');

      // What the hub publishes, to check the page against.
      const api = await ask<{ correctionsStatistics: { byDistrict: Breakdown } }>(
        'analyst',
        '{ correctionsStatistics { byDistrict { cells { key label count suppressed } } } }',
      );
      const hiddenDistricts = api.correctionsStatistics.byDistrict.cells.filter((c) => c.suppressed);
      expect(hiddenDistricts.length).toBeGreaterThan(0);
      const bapas = page.getByRole('article', { name: 'Bapas Kelas I Jambi' });
      for (const cell of hiddenDistricts) {
        const row = bapas.locator('table.stat-table tbody tr', {
          has: page.getByRole('rowheader', { name: cell.label, exact: true }),
        });
        expect((await row.locator('td').first().innerText()).trim()).toMatch(/^< 5/);
      }
      // The chart draws each of them as a hatched "< 5" marker, not as a bar.
      const markers = bapas.locator('svg.stat-chart g[data-suppressed="true"]');
      expect(await markers.count()).toBe(hiddenDistricts.length);
      expect(await bapas.locator('svg.stat-chart desc').textContent()).toContain(
        `${hiddenDistricts[0]!.label}: < 5 (disembunyikan)`,
      );

      // Every district filter the demo has data for, every breakdown of every section.
      let hiddenSeen = 0;
      for (const district of ['', '1571', '1507']) {
        await page.getByRole('search').getByRole('combobox', { name: 'Kabupaten/kota' }).selectOption(district);
        await page.locator(`section.analyst[data-district="${district}"][data-state="ready"]`).waitFor();
        for (const section of await page.locator('article.card').all()) {
          const select = section.getByLabel('Rincian menurut (kategori)');
          if ((await select.count()) === 0) continue;
          for (const option of await select.locator('option').allInnerTexts()) {
            await select.selectOption({ label: option });
            expect(await smallNumbersShown(page)).toEqual([]);
            for (const count of await tableCounts(page)) {
              // A count is "< 5" or a multiple of 5 (cell-key rounding), never a small number.
              expect(count).toMatch(/^(< 5|\d[\d.]*)/);
              if (!count.startsWith('<')) expect(Number(count.replace(/\./g, '')) % 5).toBe(0);
              else hiddenSeen += 1;
            }
          }
        }
      }
      // The check above could pass on a page that shows no hidden cell: make sure it saw many.
      expect(hiddenSeen).toBeGreaterThan(10);

      // The CSV keeps the suppression: "< 5" in the cell, never the number.
      await page.getByRole('search').getByRole('combobox', { name: 'Kabupaten/kota' }).selectOption('');
      await page.locator('section.analyst[data-district=""][data-state="ready"]').waitFor();
      await page.waitForFunction(() => document.querySelectorAll('svg.stat-chart').length === 4);
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name: 'Unduh CSV', exact: true }).click(),
      ]);
      const csv = readFileSync((await download.path())!, 'utf8').replace(/^\uFEFF/, '');
      const lines = csv.trim().split('\r\n');
      expect(lines[0]).toBe('sumber,tabel,kode,kategori,jumlah,jam,kabupaten_kota,periode');
      // Every line has the count in the fifth field; labels hold no commas in the demo data.
      const counts = lines.slice(1).map((l) => l.split(',')[4]!);
      expect(counts.filter((c) => /^[1-4]$/.test(c))).toEqual([]);
      expect(counts.every((c) => c === '< 5' || Number(c) % 5 === 0)).toBe(true);
      const bapasDistricts = lines.filter((l) => l.startsWith('Bapas Kelas I Jambi,Kabupaten/kota,'));
      expect(bapasDistricts).toHaveLength(api.correctionsStatistics.byDistrict.cells.length);
      expect(bapasDistricts.filter((l) => l.split(',')[4] === '< 5')).toHaveLength(hiddenDistricts.length);
      expect(lines.some((l) => l.startsWith('Pemantauan bersama (PKS),'))).toBe(true);

      // The joint monitoring shows DP3AP2KB's and the work sites' parts, not only Bapas's.
      // What the hub answers: every row has DP3AP2KB's and the work sites' part (all agencies up).
      const apiJoint = await ask<{
        cooperationStatistics: {
          quarters: {
            childProtection: { referredChildren: number | null } | null;
            workSites: { peopleWorking: number | null } | null;
          }[];
        };
      }>(
        'analyst',
        'query($year: Int!) { cooperationStatistics(year: $year) { quarters { childProtection { referredChildren } workSites { peopleWorking } } } }',
        { year: Number(E2E_SEED_TODAY.slice(0, 4)) },
      );
      const apiQuarters = apiJoint.cooperationStatistics.quarters;
      expect(apiQuarters.length).toBeGreaterThan(0);
      expect(apiQuarters.every((q) => q.childProtection !== null && q.workSites !== null)).toBe(true);
      const joint = page.getByRole('article', { name: 'Pemantauan bersama (PKS)' });
      expect(await joint.locator('[data-missing-agencies], [data-unavailable]').count()).toBe(0);
      const measure = joint.getByLabel('Rincian menurut (kategori)');
      for (const label of [
        'DP3AP2KB · Tanggapan menurut keputusan',
        'DP3AP2KB · Anak rujukan yang didampingi',
        'Lokasi kerja sosial · Orang yang menjalankan kerja sosial (dengan jam terlaksana)',
      ]) {
        await measure.selectOption({ label });
        const counts = await joint.locator('table.stat-table tbody td[data-label="Jumlah"]').allInnerTexts();
        // One row per district and quarter (times the categories): every row's part is drawn.
        expect(counts.length).toBeGreaterThanOrEqual(apiQuarters.length);
        expect(counts.every((c) => c.startsWith('< 5') || Number(c.replace(/\./g, '')) % 5 === 0)).toBe(true);
        expect(await smallNumbersShown(page)).toEqual([]);
      }
      // The medians and ratios: one decimal when published, otherwise said so (never a bare small number).
      const ratios = await joint.locator('table[data-table="cooperation-ratios"] tbody td').allInnerTexts();
      expect(ratios.length).toBeGreaterThan(0);
      expect(ratios.every((r) => /^\d+,\d$/.test(r) || r.startsWith('tidak diterbitkan'))).toBe(true);

      // The evaluation meeting's CSV: every agency's part, a suppressed count empty, never 1 to 4.
      const [jointDownload] = await Promise.all([
        page.waitForEvent('download'),
        joint.getByRole('button', { name: 'Unduh CSV pemantauan bersama' }).click(),
      ]);
      const jointLines = readFileSync((await jointDownload.path())!, 'utf8')
        .replace(/^\uFEFF/, '')
        .trim()
        .split('\r\n')
        .map((l) => l.split(','));
      expect(jointLines[0]!.join(',')).toBe('year,district_code,quarter,agency,measure,category,count,suppressed,value');
      const jointRows = jointLines.slice(1);
      expect(new Set(jointRows.map((l) => l[3]))).toEqual(new Set(['BAPAS', 'DP3AP2KB', 'WORKSITES']));
      // Capacity-building events are not people: exact (as on the page); every other count is published.
      const jointCounts = jointRows.filter((l) => l[4] !== 'capacityBuilding').map((l) => l[6]!);
      expect(jointCounts.filter((c) => /^[1-4]$/.test(c))).toEqual([]);
      expect(jointCounts.every((c) => c === '' || Number(c) % 5 === 0)).toBe(true);
      expect(jointRows.filter((l) => l[6] === '' && l[7] === 'true').length).toBeGreaterThan(0);

      expect(pageErrors).toEqual([]);

      expect(cspViolations).toEqual([]);
      expect(outside).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('the head of Bapas and the DP3AP2KB case manager', () => {
  it.each([
    ['head.bapas', ['Bapas Kelas I Jambi', 'Lokasi kerja sosial', 'Pemantauan bersama (PKS)'], 'DP3AP2KB'],
    ['cm.tjb', ['DP3AP2KB', 'Pemantauan bersama (PKS)'], 'Bapas Kelas I Jambi'],
  ])(
    '%s reads the joint monitoring from the navigation and only the statistics the role may read, with no refusal',
    async (username, cards, absent) => {
      const { context, page, outside, pageErrors } = await isolatedContext(browser);
      try {
        await signIn(page, base, username);
        await page.getByRole('navigation').getByRole('link', { name: 'Pemantauan bersama' }).click();
        await page.getByRole('heading', { name: 'Statistik kerja sama ABH' }).waitFor();
        await page.getByRole('search').getByRole('combobox', { name: 'Tahun' }).selectOption(E2E_SEED_TODAY.slice(0, 4));
        await page.waitForFunction((n) => document.querySelectorAll('svg.stat-chart').length === n, cards.length);
        await page.locator('section.analyst[data-state="ready"]').waitFor();
        const shown = await page.locator('section.analyst article.card h2').allInnerTexts();
        expect(shown).toEqual(cards);
        expect(shown).not.toContain(absent);
        expect(await page.locator('section.analyst [role="alert"]').count()).toBe(0);
        const joint = page.getByRole('article', { name: 'Pemantauan bersama (PKS)' });
        await joint.getByLabel('Rincian menurut (kategori)').selectOption({ label: 'DP3AP2KB · Tanggapan menurut keputusan' });
        expect(await joint.locator('table.stat-table tbody tr').count()).toBeGreaterThan(0);
        expect(await smallNumbersShown(page)).toEqual([]);
        await expectAccessible(page);
        expect(pageErrors).toEqual([]);
        expect(outside).toEqual([]);
      } finally {
        await context.close();
      }
    },
  );
});

describe('the provider admin (provider.tjb)', () => {
  it('registers a site after the hub refuses it with the field, rule and article, sees it in the list, changes it and deactivates it', async () => {
    const { context, page, outside, pageErrors, cspViolations } = await isolatedContext(browser);
    const name = 'Taman Kota Kuala Tungkal';
    try {
      await signIn(page, base, 'provider.tjb');
      await page.getByRole('heading', { name: 'Lokasi kerja sosial kami' }).waitFor();
      await page.locator('table.sites tbody tr').first().waitFor();
      await expectAccessible(page);
      await screenshot(page, 'admin-penyedia-lokasi');
      expect(await page.locator(`tr[data-site="${name}"]`).count()).toBe(0);

      const form = page.getByTestId('register-site');
      await form.getByLabel('Nama lokasi').fill(name);
      await form.getByLabel('Jenis lokasi').selectOption('PARK');
      await form.getByLabel('Alamat lokasi').fill('Jl. Siswa No. 9, Kel. Tungkal III, Kuala Tungkal');
      await form.getByLabel('Kegiatan').fill('Menyapu taman\nMenyiram tanaman');
      await form.getByLabel('Kapasitas (orang sekaligus)').fill('0');
      await form.getByRole('button', { name: 'Daftarkan lokasi' }).click();
      // Two refusals: the capacity rule and the non-commercial confirmation, with its article.
      const refusal = form.locator('.alert-error');
      await refusal.waitFor();
      const text = await refusal.innerText();
      expect(text).toMatch(/Kapasitas 1 sampai 100 orang.*isian: input\.capacity/s);
      expect(text).toMatch(/isian: input\.nonCommercialConfirmed.*dasar hukum: KUHP Art\. 85\(3\)/s);
      expect(await form.getByLabel('Kapasitas (orang sekaligus)').getAttribute('aria-invalid')).toBe('true');
      await expectAccessible(page);
      await screenshot(page, 'admin-penyedia-penolakan');

      await form.getByLabel('Kapasitas (orang sekaligus)').fill('3');
      await form.getByLabel(/tidak bersifat komersial/).check();
      await form.getByRole('button', { name: 'Daftarkan lokasi' }).click();
      await page.getByText(`Lokasi ${name} terdaftar.`).waitFor();
      const row = page.locator(`tr[data-site="${name}"]`);
      await row.getByText('0 dari 3 tempat terisi').waitFor();
      await row.getByText('Senin 08.00–12.00').waitFor();

      // The hub has it, at the admin's provider, once.
      const provider = t.world.users.find((u) => u.username === 'provider.tjb')!.providerId;
      const listed = await ask<{ workSites: { nodes: { name: string; capacity: number; provider: { id: string } }[] } }>(
        'provider.tjb',
        '{ workSites(first: 100) { nodes { name capacity provider { id } } } }',
      );
      expect(listed.workSites.nodes.filter((s) => s.name === name)).toEqual([{ name, capacity: 3, provider: { id: provider } }]);

      // Change it: more places and a Saturday window.
      await page.getByRole('button', { name: `Ubah ${name}` }).click();
      const edit = page.getByTestId('edit-site');
      await edit.getByLabel('Kapasitas (orang sekaligus)').fill('5');
      await edit.getByRole('button', { name: 'Tambah jadwal' }).click();
      await edit.getByLabel('Hari (jadwal 2)').selectOption('6');
      await edit.getByRole('button', { name: 'Simpan perubahan' }).click();
      await page.getByText(`Perubahan lokasi ${name} tersimpan`, { exact: false }).waitFor();
      await row.getByText('0 dari 5 tempat terisi').waitFor();
      await row.getByText('Sabtu 08.00–12.00').waitFor();

      // A site's capacity cannot drop below the places in use: the hub says so, naming the field.
      const inUse = await page.locator('table.sites tbody tr').evaluateAll((rows) =>
        rows.map((r) => ({
          name: r.getAttribute('data-site')!,
          used: Number(r.querySelector('[role="progressbar"]')!.getAttribute('aria-valuenow')),
        })),
      );
      const busiest = inUse.sort((a, b) => b.used - a.used)[0]!;
      expect(busiest.used).toBeGreaterThanOrEqual(2);
      await page.getByRole('button', { name: `Ubah ${busiest.name}` }).click();
      await edit.getByLabel('Kapasitas (orang sekaligus)').fill(String(busiest.used - 1));
      await edit.getByRole('button', { name: 'Simpan perubahan' }).click();
      const capacityRefusal = edit.locator('.alert-error');
      await capacityRefusal.waitFor();
      expect(await capacityRefusal.innerText()).toMatch(
        /\d+ tempat sedang terisi; kapasitas tidak boleh lebih kecil\..*isian: input\.capacity/s,
      );
      await edit.getByRole('button', { name: 'Batal' }).click();

      // Deactivate the new site: it stays in the list, inactive.
      await page.getByRole('button', { name: `Nonaktifkan ${name}` }).click();
      await page.getByRole('button', { name: 'Ya, nonaktifkan' }).click();
      await page.getByText(`Lokasi ${name} dinonaktifkan.`).waitFor();
      await row.getByText('Nonaktif', { exact: true }).waitFor();

      expect(pageErrors).toEqual([]);

      expect(cspViolations).toEqual([]);
      expect(outside).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
