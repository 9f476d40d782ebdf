import { describe, expect, it } from 'vitest';
import { daysUntil, formatDateTime, formatNumber, formatRupiah, isoWeekday, todayInJakarta } from './format';
import { toCsv } from './csv';
import { id } from './locales/id';
import { en } from './locales/en';

describe('dates in Asia/Jakarta and numbers in id-ID', () => {
  it('takes "today" in Jakarta, not in the browser’s zone (18:00 UTC is already tomorrow in WIB)', () => {
    expect(todayInJakarta(new Date('2026-11-20T18:00:00Z'))).toBe('2026-11-21');
    expect(daysUntil('2026-11-21', new Date('2026-11-20T18:00:00Z'))).toBe(0);
  });

  it('shows an instant in WIB', () => {
    expect(formatDateTime('2026-11-20T03:05:00Z')).toMatch(/20 Nov 2026.*10[.:]05 WIB/);
  });

  it('groups numbers and Rupiah the Indonesian way', () => {
    expect(formatNumber(1234.5)).toBe('1.234,5');
    expect(formatRupiah(10_000_000).replace(/\s/g, '')).toBe('Rp10.000.000');
  });

  it('numbers weekdays 1 = Monday … 7 = Sunday, like the work-site catalogue', () => {
    expect(isoWeekday('2026-11-23')).toBe(1);
    expect(isoWeekday('2026-11-29')).toBe(7);
  });
});

describe('the CSV export', () => {
  it('quotes separators and neutralises spreadsheet formulas', () => {
    const csv = toCsv(['a', 'b'], [['x,y', '=HYPERLINK("evil")']]);
    expect(csv).toBe('\uFEFFa,b\r\n"x,y","\'=HYPERLINK(""evil"")"\r\n');
  });
});

describe('the translations', () => {
  const keys = (o: object, prefix = ''): string[] =>
    Object.entries(o).flatMap(([k, v]) =>
      typeof v === 'object' && v !== null ? keys(v as object, `${prefix}${k}.`) : [`${prefix}${k.replace(/_(one|other)$/, '')}`],
    );
  it('has every Indonesian key in English and no English-only key (the hub’s own refusal messages are English already)', () => {
    const indonesian = keys(id).filter((k) => !k.startsWith('userError.'));
    expect([...new Set(keys(en))].sort()).toEqual([...new Set(indonesian)].sort());
  });
});
