import { describe, expect, it } from 'vitest';
import { render } from '@testing-library/react';
import BarChart from './BarChart';
import {
  axisOf,
  countText,
  csvLines,
  filterQuarters,
  isHidden,
  statisticsCsv,
  toBars,
  totalText,
  type CellLike,
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
