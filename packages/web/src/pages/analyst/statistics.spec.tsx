import { describe, expect, it } from 'vitest';
import { fireEvent, render, screen } from '@testing-library/react';
import BarChart from './BarChart';
import { CooperationCard } from './CooperationCard';
import { cooperationCsv } from '../../cooperation-csv';
import {
  axisOf,
  countText,
  csvLines,
  filterQuarters,
  isHidden,
  missingAgencies,
  statisticsCardsFor,
  statisticsCsv,
  toBars,
  toCooperationRows,
  totalText,
  type CellLike,
  type CooperationQuarterIn,
} from './statistics';

const K = 5;

// A breakdown as the hub publishes it, with every case the page must handle: a rounded count, a
// suppressed cell, zero, and a small count that arrived unsuppressed (which must be hidden anyway).
const cells: CellLike[] = [
  { key: '1507', label: 'Tanjung Jabung Barat', count: 15, value: 120, suppressed: false },
  { key: '1571', label: 'Kota Jambi', count: null, value: null, suppressed: true },
  { key: '1501', label: 'Kerinci', count: 0, value: 0, suppressed: false },
  { key: '1502', label: 'Merangin', count: 3, value: 12, suppressed: false },
  { key: '1503', label: 'Sarolangun', count: 2, value: null, suppressed: true },
];

/** Every standalone number from 1 to k-1 in a text ("TW I", "1.230" and "15" do not count). */
const smallNumbers = (text: string) => text.match(/(?<![\w.,])[1-4](?![\w.,])/g) ?? [];

describe('statistics to chart data', () => {
  it('keeps a published count and drops the number of every hidden cell, even one the hub sent by mistake', () => {
    const bars = toBars(cells, K);
    expect(bars.map((b) => [b.key, b.count, b.suppressed])).toEqual([
      ['1507', 15, false],
      ['1571', null, true],
      ['1501', 0, false],
      ['1502', null, true],
      ['1503', null, true],
    ]);
    // Hours travel with their count and are hidden with it.
    expect(bars.map((b) => b.value)).toEqual([120, null, 0, null, null]);
  });

  it('says "< 5" for a hidden cell and never its number', () => {
    const bars = toBars(cells, K);
    expect(bars.map((b) => countText(b, K))).toEqual(['15', '< 5', '0', '< 5', '< 5']);
    expect(isHidden(0, false, K)).toBe(false);
    expect(isHidden(4, false, K)).toBe(true);
    expect(totalText(null, true, K)).toBe('< 5');
    expect(totalText(3, false, K)).toBe('< 5');
    expect(totalText(1235, false, K, (n) => n.toLocaleString('id-ID'))).toBe('1.235');
  });

  it('labels the axis only in multiples of k, so no tick reads 1 to 4', () => {
    expect(axisOf(toBars(cells, K), K)).toEqual({ max: 15, ticks: [0, 5, 10, 15] });
    expect(axisOf([], K)).toEqual({ max: 5, ticks: [0, 5] });
    const big = axisOf(toBars([{ key: 'a', label: 'a', count: 135, suppressed: false }], K), K);
    expect(big.ticks.every((t) => t % K === 0)).toBe(true);
    expect(big.ticks.length).toBeLessThanOrEqual(7);
    expect(big.max).toBeGreaterThanOrEqual(135);
  });

  it('keeps only the joint-monitoring rows of the chosen district and quarter', () => {
    const rows = [
      { districtCode: '1507', quarter: 1 },
      { districtCode: '1507', quarter: 2 },
      { districtCode: '1571', quarter: 1 },
    ];
    expect(filterQuarters(rows, null, null)).toHaveLength(3);
    expect(filterQuarters(rows, '1507', null)).toHaveLength(2);
    expect(filterQuarters(rows, null, 1)).toEqual([rows[0], rows[2]]);
  });
});

describe('the chart', () => {
  it('draws a hidden cell as a hatched "< 5" band, not a bar with a value, and no text, title or label in it reads 1 to 4', () => {
    const { container } = render(
      <BarChart
        id="t"
        title="Klien menurut kabupaten/kota"
        bars={toBars(cells, K)}
        threshold={K}
        formatCount={String}
        hiddenWord="disembunyikan"
      />,
    );
    const svg = container.querySelector('svg')!;
    const hidden = svg.querySelectorAll('[data-suppressed="true"]');
    expect(hidden).toHaveLength(3);
    for (const g of hidden) {
      expect(g.querySelector('rect')!.getAttribute('fill')).toBe('url(#hatch-t)');
      expect(g.textContent).toContain('< 5');
    }
    // The hatched band spans the whole "< k" interval, the same for every hidden cell: it says nothing more.
    const widths = [...hidden].map((g) => g.querySelector('rect')!.getAttribute('width'));
    expect(new Set(widths).size).toBe(1);
    const texts = [...svg.querySelectorAll('text, title, desc')].map((n) => n.textContent ?? '');
    const labels = [...svg.querySelectorAll('[aria-label]')].map((n) => n.getAttribute('aria-label') ?? '');
    expect([...texts, ...labels].flatMap(smallNumbers)).toEqual([]);
    expect(svg.querySelector('desc')!.textContent).toContain('Kota Jambi: < 5 (disembunyikan)');
    expect(svg.getAttribute('role')).toBe('img');
  });
});

describe('the CSV export', () => {
  it('writes "< 5" in a hidden cell, never its number, and leaves its hours empty', () => {
    const csv = statisticsCsv(
      ['sumber', 'tabel', 'kode', 'kategori', 'jumlah', 'jam', 'kabupaten_kota', 'periode'],
      csvLines(
        { source: 'Lokasi kerja sosial', table: 'Kabupaten/kota', district: 'Semua', period: 'saat ini' },
        toBars(cells, K),
        K,
      ),
    );
    const rows = csv
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n')
      .map((l) => l.split(','));
    expect(rows[0]).toEqual(['sumber', 'tabel', 'kode', 'kategori', 'jumlah', 'jam', 'kabupaten_kota', 'periode']);
    expect(rows.slice(1).map((r) => [r[2], r[4], r[5]])).toEqual([
      ['1507', '15', '120'],
      ['1571', '< 5', ''],
      ['1501', '0', '0'],
      ['1502', '< 5', ''],
      ['1503', '< 5', ''],
    ]);
    expect(rows.slice(1).every((r) => !/^[1-4]$/.test(r[4]!))).toBe(true);
  });
});

// Joint-monitoring rows as the page's query answers them: Tanjung Jabung Barat with every agency's
// part (and small counts that arrived unsuppressed, which must be hidden anyway), Kota Jambi with
// DP3AP2KB away (its part null, AGENCY_UNAVAILABLE) and the work sites' people hidden.
const breakdown = (dimension: string, ...c: Array<[string, number | null]>) => ({
  dimension,
  cells: c.map(([key, count]) => ({ key, label: key, count, suppressed: count === null })),
});
const jointRows: CooperationQuarterIn[] = [
  {
    districtCode: '1507',
    quarter: 2,
    referralsSent: 10,
    referralsByStatus: breakdown('referralStatus', ['ACCEPTED', 5], ['DECLINED', 3], ['OPEN', null]),
    ordersByStatus: breakdown('orderStatus', ['COMPLETED', 5], ['ACTIVE', 2]),
    ordersByOutcome: breakdown('orderOutcome', ['COMPLETED_ON_TIME', 5], ['BREACHED', 2]),
    breachReports: breakdown('breachOutcome', ['REPEAT_HOURS', 0]),
    capacityBuilding: {
      dimension: 'capacityBuilding',
      cells: [{ key: 'TRAINING', label: 'TRAINING', count: 2, value: 30, suppressed: false }],
    },
    childProtection: {
      referralResponses: 10,
      responsesByDecision: breakdown('referralDecision', ['ACCEPTED', 10], ['DECLINED', 1]),
      medianDaysToResponse: 3,
      referredChildren: 4,
      servicesToReferredChildren: 15,
      servicesPerReferredChild: null,
    },
    workSites: { peopleWorking: 5, hoursDelivered: 290, suppressed: false },
  },
  {
    districtCode: '1571',
    quarter: 2,
    referralsSent: null,
    referralsByStatus: breakdown('referralStatus', ['ACCEPTED', null]),
    ordersByStatus: breakdown('orderStatus', ['COMPLETED', 0]),
    ordersByOutcome: breakdown('orderOutcome', ['COMPLETED_ON_TIME', 0]),
    breachReports: breakdown('breachOutcome', ['REPEAT_HOURS', 0]),
    capacityBuilding: { dimension: 'capacityBuilding', cells: [] },
    childProtection: null,
    workSites: { peopleWorking: null, hoursDelivered: null, suppressed: true },
  },
];

describe('who reads which statistics', () => {
  it('asks only for what each role may read, so a head or a case manager gets no page of refusals', () => {
    expect(statisticsCardsFor(['ANALYST'])).toEqual({
      corrections: true,
      childProtection: true,
      worksites: true,
      cooperation: true,
    });
    expect(statisticsCardsFor(['BAPAS_HEAD'])).toEqual({
      corrections: true,
      childProtection: false,
      worksites: true,
      cooperation: true,
    });
    expect(statisticsCardsFor(['CASE_MANAGER'])).toEqual({
      corrections: false,
      childProtection: true,
      worksites: false,
      cooperation: true,
    });
    expect(statisticsCardsFor(['PK_OFFICER'])).toEqual({
      corrections: false,
      childProtection: false,
      worksites: false,
      cooperation: false,
    });
  });
});

describe('the joint monitoring across the three agencies', () => {
  it("writes the evaluation meeting's CSV with the page's suppression: no count from 1 to 4, the missing agency named, not zeros", () => {
    expect(missingAgencies(jointRows)).toEqual(['DP3AP2KB']);
    const { csv, missingAgencies: missing } = cooperationCsv(toCooperationRows(2026, jointRows, K));
    expect(missing).toEqual(['DP3AP2KB']);
    const lines = csv
      .replace(/^\uFEFF/, '')
      .trim()
      .split('\r\n')
      .map((l) => l.split(','));
    // Capacity-building events are not people: exact, and left out of the check.
    const counted = lines.slice(1).filter((l) => l[4] !== 'capacityBuilding');
    expect(counted.map((l) => l[6]).filter((c) => /^[1-4]$/.test(c!))).toEqual([]);
    expect(lines).toContainEqual(['2026', '1507', '2', 'BAPAS', 'referralStatus', 'DECLINED', '', 'true', '']);
    expect(lines).toContainEqual(['2026', '1507', '2', 'DP3AP2KB', 'referralDecision', 'ACCEPTED', '10', 'false', '']);
    expect(lines).toContainEqual(['2026', '1507', '2', 'DP3AP2KB', 'referredChildren', 'TOTAL', '', 'true', '']);
    expect(lines).toContainEqual(['2026', '1507', '2', 'DP3AP2KB', 'medianDaysToResponse', 'VALUE', '', 'false', '3']);
    expect(lines).toContainEqual(['2026', '1507', '2', 'WORKSITES', 'peopleWorking', 'TOTAL', '5', 'false', '290']);
    // Hours leave with their people: hidden people, no hours.
    expect(lines).toContainEqual(['2026', '1571', '2', 'WORKSITES', 'peopleWorking', 'TOTAL', '', 'true', '']);
    // DP3AP2KB did not answer for Kota Jambi: no line of its, rather than zeros.
    expect(lines.filter((l) => l[1] === '1571' && l[3] === 'DP3AP2KB')).toEqual([]);
  });

  it('renders DP3AP2KB\'s and the work sites\' parts, medians only when published, hidden counts as "< 5" and an agency away as "tidak tersedia"', () => {
    const { container } = render(
      <CooperationCard answer={{ year: 2026, threshold: K }} rows={jointRows} district="" quarterKey="k" events={[]} />,
    );
    // The agency away is named, not drawn as zeros.
    const missing = container.querySelector('[data-missing-agencies]')!;
    expect(missing.getAttribute('data-missing-agencies')).toBe('DP3AP2KB');
    expect(missing.textContent).toContain('DP3AP2KB: tidak tersedia');
    const select = screen.getByLabelText('Rincian menurut (kategori)') as HTMLSelectElement;
    const options = [...select.options].map((o) => o.textContent);
    expect(options).toContain('DP3AP2KB · Tanggapan menurut keputusan');
    expect(options).toContain('Lokasi kerja sosial · Orang yang menjalankan kerja sosial (dengan jam terlaksana)');

    // What each cell shows (the screen reader's words left out).
    const shown = (cell: Element) => {
      const copy = cell.cloneNode(true) as Element;
      copy.querySelectorAll('.sr-only').forEach((n) => n.remove());
      return (copy.textContent ?? '').trim();
    };
    const rowsOf = () => [...container.querySelectorAll('table.stat-table tbody tr')].map((tr) => [...tr.children].map(shown));
    fireEvent.change(select, { target: { value: 'cooperation-cp-responsesByDecision' } });
    expect(rowsOf()).toEqual([
      ['Tanjung Jabung Barat · TW II · Diterima', '10'],
      ['Tanjung Jabung Barat · TW II · Ditolak', '< 5'],
    ]);
    expect(container.querySelector('p[data-unavailable="true"]')!.textContent).toContain('DP3AP2KB: tidak tersedia');
    fireEvent.change(select, { target: { value: 'cooperation-cp-referredChildren' } });
    expect(rowsOf()).toEqual([['Tanjung Jabung Barat · TW II', '< 5']]);
    fireEvent.change(select, { target: { value: 'cooperation-ws-peopleWorking' } });
    expect(rowsOf()).toEqual([
      ['Tanjung Jabung Barat · TW II', '5', '290'],
      ['Kota Jambi · TW II', '< 5', '–'],
    ]);
    expect(container.querySelector('p[data-unavailable="true"]')).toBeNull();

    // The median is published (one decimal), the ratio is not, and Kota Jambi's DP3AP2KB cells say why.
    const ratios = [...container.querySelectorAll('table[data-table="cooperation-ratios"] tbody tr')].map((tr) =>
      [...tr.children].map((c) => c.textContent),
    );
    expect(ratios[0]).toEqual(['Tanjung Jabung Barat · TW II', '3,0', 'tidak diterbitkan (kurang dari 5 orang)']);
    expect(ratios[1]![1]).toContain('DP3AP2KB: tidak tersedia');

    // Nowhere in the card (text, chart, labels) a number from 1 to 4, outside the exact event counts.
    for (const option of [...select.options].map((o) => o.value)) {
      fireEvent.change(select, { target: { value: option } });
      const texts = [...container.querySelectorAll('*')]
        .filter((el) => !el.closest('[data-exact]') && el.children.length === 0)
        .map((el) => el.textContent ?? '');
      const labels = [...container.querySelectorAll('[aria-label], [title]')].map(
        (el) => `${el.getAttribute('aria-label') ?? ''} ${el.getAttribute('title') ?? ''}`,
      );
      expect([...texts, ...labels].flatMap(smallNumbers)).toEqual([]);
    }
    expect(screen.getByRole('button', { name: 'Unduh CSV pemantauan bersama' })).toBeTruthy();
  });
});
