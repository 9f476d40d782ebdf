import { generateDemoWorld } from '@hub/demo';
import { copyLine, rowsForClient, scaleBaseOf, scaleId, TABLES } from './scale-world';

const base = scaleBaseOf(generateDemoWorld('2026-11-29'));
const ALL = new Set(TABLES.map((t) => t.table));

function generate(from: number, to: number): Map<string, string[][]> {
  const out = new Map(TABLES.map((t) => [t.table, [] as string[]]));
  for (let n = from; n <= to; n += 1) rowsForClient(base, n, ALL, out);
  return new Map([...out].map(([table, lines]) => [table, lines.map((l) => l.replace(/\n$/, '').split('\t'))]));
}

const column = (table: string, name: string): number => TABLES.find((t) => t.table === table)!.columns.indexOf(name);

describe('the scale generator', () => {
  const world = generate(1, 3000);

  it('gives the same rows for the same client numbers', () => {
    expect(generate(1, 50)).toEqual(generate(1, 50));
  });

  it('writes as many values per row as the table lists columns', () => {
    for (const spec of TABLES) {
      for (const row of world.get(spec.table)!) expect(row).toHaveLength(spec.columns.length);
    }
  });

  it('links every row to a row that exists (cases, orders, placements, attendance, protection cases)', () => {
    const ids = (table: string, col = 'id') => new Set(world.get(table)!.map((r) => r[column(table, col)]));
    const clients = ids('client');
    const cases = ids('case_file');
    const orders = ids('community_service_order');
    const placements = ids('placement');
    const referrals = ids('referral');
    const pcases = ids('protection_case');
    for (const r of world.get('case_file')!) expect(clients.has(r[column('case_file', 'client_id')])).toBe(true);
    for (const r of world.get('community_service_order')!)
      expect(cases.has(r[column('community_service_order', 'case_id')])).toBe(true);
    for (const r of world.get('placement')!) expect(orders.has(r[column('placement', 'order_id')])).toBe(true);
    for (const r of world.get('attendance_record')!)
      expect(placements.has(r[column('attendance_record', 'placement_id')])).toBe(true);
    for (const r of world.get('referral_response')!) {
      expect(referrals.has(r[column('referral_response', 'referral_id')])).toBe(true);
      expect(pcases.has(r[column('referral_response', 'protection_case_id')])).toBe(true);
    }
  });

  it('never links a victim or witness case to a client', () => {
    for (const r of world.get('protection_case')!) {
      if (r[column('protection_case', 'child_role')] !== 'IN_CONFLICT')
        expect(r[column('protection_case', 'client_id')]).toBe('\\N');
    }
  });

  it('keeps a completed order within its hours, and children within their daily cap', () => {
    const hoursByPlacement = new Map<string, number>();
    for (const r of world.get('attendance_record')!) {
      const p = r[column('attendance_record', 'placement_id')]!;
      hoursByPlacement.set(p, (hoursByPlacement.get(p) ?? 0) + Number(r[column('attendance_record', 'hours')]));
    }
    for (const p of world.get('placement')!) {
      const total = hoursByPlacement.get(p[0]!) ?? 0;
      expect(total).toBeLessThanOrEqual(Number(p[column('placement', 'ordered_hours')]));
    }
    expect(world.get('attendance_record')!.length).toBeGreaterThan(1000);
  });

  it('gives unique ids that never look like demo ids (version 5)', () => {
    const ids = world.get('client')!.map((r) => r[0]!);
    expect(new Set(ids).size).toBe(ids.length);
    expect(scaleId('client', 1)).toMatch(/^[0-9a-f]{8}-5ca1-4[0-9a-f]{3}-8000-[0-9a-f]{12}$/);
    // generatedClientCount counts clients by this marker, whatever the size.
    for (const n of [1, 999_999, 1_000_000, 9_999_999]) expect(scaleId('client', n)).toContain('-5ca1-4001-8000-');
  });

  it('escapes COPY text and writes arrays, nulls and JSON', () => {
    expect(copyLine(['a\tb\\c\nd', null, ['X', 'Y'], { k: 'v' }, true, 3])).toBe(
      'a\\tb\\\\c\\nd\t\\N\t{"X","Y"}\t{"k":"v"}\tt\t3\n',
    );
  });
});
