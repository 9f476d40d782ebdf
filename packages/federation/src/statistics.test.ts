import {
  CellKeys,
  countBy,
  countGroups,
  publishCount,
  roundWithCellKey,
  suppressSmallCells,
  totalOf,
  totalOfGroups,
  type RawCell,
} from './statistics';

const keys = new CellKeys('unit-test-secret', 'person');
const ids = (n: number, prefix = 'p') => Array.from({ length: n }, (_, i) => `${prefix}${i}`);
const cell = (count: number, prefix: string): RawCell => ({
  key: prefix,
  label: prefix,
  count,
  cellKey: keys.cellOf(ids(count, prefix)),
});
const total = (count: number) => ({ count, cellKey: keys.cellOf(ids(count, 't')) });

describe('cell-key random rounding', () => {
  it('never publishes a count from 1 to k-1, keeps zero, and rounds the rest to a multiple of k, never below k', () => {
    for (let n = 0; n <= 60; n += 1) {
      const published = publishCount(n, keys.cellOf(ids(n, `n${n}-`)), 5);
      if (n === 0) expect(published).toBe(0);
      else if (n < 5) expect(published).toBeNull();
      else {
        expect(published! % 5).toBe(0);
        expect(published!).toBeGreaterThanOrEqual(5);
        expect(Math.abs(published! - n)).toBeLessThan(5);
      }
    }
  });

  it('rounds the same cell the same way every time (the same records give the same key)', () => {
    const a = keys.cellOf(['x1', 'x2', 'x3', 'x4', 'x5', 'x6', 'x7']);
    const b = keys.cellOf(['x7', 'x6', 'x5', 'x4', 'x3', 'x2', 'x1']);
    expect(a).toBe(b);
    expect(publishCount(7, a, 5)).toBe(publishCount(7, b, 5));
  });

  it('is unbiased: over many cells the rounding error averages out', () => {
    let error = 0;
    const trials = 4000;
    for (let i = 0; i < trials; i += 1) {
      const n = 5 + (i % 23);
      error += roundWithCellKey(n, 5, keys.cellOf(ids(n, `u${i}-`))) - n;
    }
    expect(Math.abs(error / trials)).toBeLessThan(0.25);
  });

  it('suppresses every cell, zeros included, of a population smaller than k', () => {
    const t = suppressSmallCells(total(3), [{ dimension: 'd', cells: [cell(3, 'a'), cell(0, 'b')] }], 5);
    expect(t.total).toBeNull();
    expect(t.breakdowns[0]!.cells.map((c) => c.count)).toEqual([null, null]);
    expect(t.breakdowns[0]!.cells.every((c) => c.suppressed)).toBe(true);
  });

  it('hides the value of a suppressed cell and rounds the others to base 10', () => {
    const t = suppressSmallCells(
      total(20),
      [
        {
          dimension: 'd',
          cells: [
            { ...cell(3, 'a'), value: 17 },
            { ...cell(17, 'b'), value: 123 },
          ],
        },
      ],
      5,
    );
    const [small, large] = t.breakdowns[0]!.cells;
    expect(small!.value).toBeNull();
    expect(large!.value! % 10).toBe(0);
    expect(Math.abs(large!.value! - 123)).toBeLessThan(10);
  });

  it('counts cells with their records, one cell per key', () => {
    const rows = ids(12).map((id, i) => ({ id, g: i < 4 ? 'A' : 'B' }));
    const cells = countBy(
      rows,
      (r) => r.g,
      [
        { key: 'A', label: 'A' },
        { key: 'B', label: 'B' },
        { key: 'C', label: 'C' },
      ],
      (r) => keys.of(r.id),
    );
    expect(cells.map((c) => c.count)).toEqual([4, 8, 0]);
    expect(cells[0]!.cellKey).toBe(keys.cellOf(ids(4)));
    expect(totalOf(rows, (r) => keys.of(r.id)).cellKey).toBe(keys.cellOf(ids(12)));
  });

  it('gives from groups counted elsewhere the cells and keys countBy gives from their records', () => {
    // Record keys near 2^32, so that the sums wrap.
    const rows = ids(40).map((id, i) => ({
      g: ['A', 'B', 'C'][i % 3]!,
      h: i % 4,
      recordKey: 2 ** 32 - 1 - (keys.of(id) % 1000),
    }));
    const groups = new Map<string, { g: string; h: number; count: number; cellKey: number }>();
    for (const r of rows) {
      const group = groups.get(`${r.g}/${r.h}`) ?? { g: r.g, h: r.h, count: 0, cellKey: 0 };
      groups.set(`${r.g}/${r.h}`, { ...group, count: group.count + 1, cellKey: (group.cellKey + r.recordKey) % 2 ** 32 });
    }
    const labels = ['A', 'B', 'C', 'D'].map((key) => ({ key, label: key }));
    expect(countGroups([...groups.values()], (g) => g.g, labels)).toEqual(
      countBy(
        rows,
        (r) => r.g,
        labels,
        (r) => r.recordKey,
      ),
    );
    expect(totalOfGroups([...groups.values()])).toEqual(totalOf(rows, (r) => r.recordKey));
  });
});
