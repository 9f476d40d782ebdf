import { suppressSmallCells, type RawCell } from './statistics';

const cells = (...counts: number[]): RawCell[] => counts.map((count, i) => ({ key: `c${i}`, label: `c${i}`, count }));
const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);

describe('small-cell suppression', () => {
  it('never publishes a count from 1 to k-1', () => {
    const t = suppressSmallCells(40, [{ dimension: 'd', cells: cells(1, 2, 3, 4, 5, 25) }], 5);
    const published = t.breakdowns[0]!.cells.map((c) => c.count).filter((c): c is number => c !== null);
    expect(published.every((c) => c === 0 || c >= 5)).toBe(true);
  });

  it('suppresses a second cell when a single suppressed one could be recomputed from the total', () => {
    const t = suppressSmallCells(30, [{ dimension: 'd', cells: cells(3, 12, 15) }], 5);
    expect(t.breakdowns[0]!.cells.map((c) => c.suppressed)).toEqual([true, true, false]);
    expect(t.total).toBe(30);
  });

  it('suppresses the total and every non-zero cell when the total itself is small', () => {
    const t = suppressSmallCells(4, [{ dimension: 'd', cells: cells(4, 0) }], 5);
    expect(t.total).toBeNull();
    expect(t.breakdowns[0]!.cells.map((c) => c.count)).toEqual([null, 0]);
  });

  it('keeps zeros and large cells visible', () => {
    const t = suppressSmallCells(20, [{ dimension: 'd', cells: cells(0, 10, 10) }], 5);
    expect(t.breakdowns[0]!.cells.map((c) => c.count)).toEqual([0, 10, 10]);
  });

  it('uses the configured threshold', () => {
    const t = suppressSmallCells(30, [{ dimension: 'd', cells: cells(8, 11, 11) }], 10);
    expect(t.breakdowns[0]!.cells.map((c) => c.suppressed)).toEqual([true, true, false]);
  });

  it('leaves no breakdown in which one suppressed cell can be recomputed, for many random tables', () => {
    let seed = 7;
    const rnd = (n: number) => (seed = (seed * 1103515245 + 12345) % 2147483648) % n;
    for (let trial = 0; trial < 2000; trial += 1) {
      const counts = Array.from({ length: 2 + rnd(6) }, () => (rnd(3) === 0 ? rnd(5) : rnd(30)));
      const total = sum(counts);
      const t = suppressSmallCells(total, [{ dimension: 'd', cells: cells(...counts) }], 5);
      const out = t.breakdowns[0]!.cells;
      const hidden = out.filter((c) => c.suppressed);
      for (const c of out) if (c.count !== null) expect(c.count === 0 || c.count >= 5).toBe(true);
      if (t.total !== null) expect(hidden.length === 0 || hidden.length >= 2).toBe(true);
    }
  });
});
