import {
  cooperationKeyOfText,
  cooperationKeyText,
  cooperationRows,
  isCooperationQuarterKey,
  median,
  publishMedian,
  publishRatio,
  quarterDays,
  quarterOfDay,
  validateCooperationArguments,
} from './cooperation';

describe('the joint monitoring table: rows, quarters, medians and ratios', () => {
  it('has every quarter of every Jambi district, or of the one asked for, whatever the data', () => {
    expect(cooperationRows(2026, null)).toHaveLength(44);
    expect(cooperationRows(2026, '1507')).toEqual([1, 2, 3, 4].map((quarter) => ({ year: 2026, districtCode: '1507', quarter })));
  });

  it('keys a row by year, district and quarter, and accepts only keys that name a row', () => {
    const key = { year: 2026, districtCode: '1507', quarter: 4 };
    expect(cooperationKeyOfText(cooperationKeyText(key))).toEqual(key);
    expect(isCooperationQuarterKey(key)).toBe(true);
    expect(isCooperationQuarterKey({ ...key, quarter: 5 })).toBe(false);
    expect(isCooperationQuarterKey({ ...key, quarter: 0 })).toBe(false);
    expect(isCooperationQuarterKey({ ...key, districtCode: '9999' })).toBe(false);
    expect(isCooperationQuarterKey({ ...key, year: 2024 })).toBe(false);
    expect(isCooperationQuarterKey({ districtCode: '1507', quarter: 1 })).toBe(false);
  });

  it('refuses a year before the agreement or an unknown district, naming the argument', () => {
    expect(refusedField(() => validateCooperationArguments(2024, null))).toBe('year');
    expect(refusedField(() => validateCooperationArguments(2026, '9999'))).toBe('districtCode');
    expect(() => validateCooperationArguments(2025, '1507')).not.toThrow();
  });

  it('reads the quarter of a day and gives its first day and the day after it', () => {
    expect(['2026-01-01', '2026-03-31', '2026-04-01', '2026-09-30', '2026-10-01', '2026-12-31'].map(quarterOfDay)).toEqual([
      1, 1, 2, 3, 4, 4,
    ]);
    expect(quarterDays(2026, 1)).toEqual({ from: '2026-01-01', until: '2026-04-01' });
    expect(quarterDays(2026, 4)).toEqual({ from: '2026-10-01', until: '2027-01-01' });
  });

  it('publishes a median only for k values or more, and a ratio only for a population of k or more', () => {
    expect(median([3, 1, 2])).toBe(2);
    expect(median([4, 1, 2, 3])).toBe(2.5);
    expect(median([])).toBeNull();
    expect(publishMedian([1, 2, 3, 4], 5)).toBeNull();
    expect(publishMedian([0.04, 1, 2.26, 3, 9], 5)).toBe(2.3);
    expect(publishRatio(7, 4, 5)).toBeNull();
    expect(publishRatio(0, 0, 5)).toBeNull();
    expect(publishRatio(16, 10, 5)).toBe(1.6);
    expect(publishRatio(7, 6, 5)).toBe(1.2);
  });
});

/** The field a refusal names (its `extensions.field`), or undefined when nothing was thrown. */
function refusedField(run: () => unknown): string | undefined {
  try {
    run();
  } catch (error) {
    return (error as { extensions?: { field?: string } }).extensions?.field;
  }
  return undefined;
}
