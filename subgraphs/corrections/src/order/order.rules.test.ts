import { rulesOn } from '@hub/reference';
import { checkOrder, fineToHours, type OrderFacts } from './order.rules';

const rules = rulesOn('2026-06-01');
const adult: OrderFacts = {
  birthDate: '2000-01-10',
  offenseDate: '2026-02-01',
  maxThreatenedMonths: 30,
  orderedHours: 100,
  startDate: '2026-03-01',
  deadline: '2026-08-01',
  imposedPrisonMonths: 6,
};
// 16 at the offence.
const child: OrderFacts = { ...adult, birthDate: '2010-01-10', imposedPrisonMonths: null };
const codes = (f: OrderFacts) => checkOrder(rules, f).map((v) => v.code);

describe('community-service order rules', () => {
  it('accepts a lawful adult order and a lawful child order', () => {
    expect(codes(adult)).toEqual([]);
    expect(codes(child)).toEqual([]);
  });

  it('holds adults to 8–240 hours (KUHP Art. 85(4)) on both sides of each line', () => {
    expect(codes({ ...adult, orderedHours: 7 })).toEqual(['HOURS_OUT_OF_RANGE']);
    expect(codes({ ...adult, orderedHours: 8 })).toEqual([]);
    expect(codes({ ...adult, orderedHours: 240 })).toEqual([]);
    expect(codes({ ...adult, orderedHours: 241 })).toEqual(['HOURS_OUT_OF_RANGE']);
    expect(checkOrder(rules, { ...adult, orderedHours: 241 })[0]!.article).toBe('KUHP Art. 85(4)');
  });

  it('holds children to 7–120 hours (SPPA Art. 76(3)) on both sides of each line', () => {
    expect(codes({ ...child, orderedHours: 6 })).toEqual(['HOURS_OUT_OF_RANGE']);
    expect(codes({ ...child, orderedHours: 7 })).toEqual([]);
    expect(codes({ ...child, orderedHours: 120 })).toEqual([]);
    expect(codes({ ...child, orderedHours: 121 })).toEqual(['HOURS_OUT_OF_RANGE']);
  });

  it('spreads the hours over at most 6 months (KUHP Art. 85(5))', () => {
    expect(codes({ ...adult, startDate: '2026-03-01', deadline: '2026-09-01' })).toEqual([]);
    expect(codes({ ...adult, startDate: '2026-03-01', deadline: '2026-09-02' })).toEqual(['PERIOD_TOO_LONG']);
    expect(codes({ ...adult, startDate: '2026-03-01', deadline: '2026-02-28' })).toEqual(['DEADLINE_BEFORE_START']);
  });

  it('takes the kind from the age at the offence date: 12, 14 and 18 on both sides', () => {
    expect(codes({ ...child, birthDate: '2014-02-02' })).toEqual(['UNDER_AGE_OF_RESPONSIBILITY']); // 11 on 2026-02-01
    expect(codes({ ...child, birthDate: '2014-02-01' })).toEqual(['MEASURES_ONLY']); // 12
    expect(codes({ ...child, birthDate: '2012-02-02' })).toEqual(['MEASURES_ONLY']); // 13
    expect(codes({ ...child, birthDate: '2012-02-01' })).toEqual([]); // 14
    // 17 at the offence: a child's order even if 18 by the start; at 18 the adult rules apply.
    expect(codes({ ...child, birthDate: '2008-02-02', orderedHours: 120 })).toEqual([]);
    expect(codes({ ...child, birthDate: '2008-02-02', orderedHours: 121 })).toEqual(['HOURS_OUT_OF_RANGE']);
    expect(codes({ ...adult, birthDate: '2008-02-01', orderedHours: 121 })).toEqual([]);
  });

  it('requires a threat under 5 years and a sentence of at most 6 months or Rp10,000,000 for adults (KUHP Art. 85(1))', () => {
    expect(codes({ ...adult, maxThreatenedMonths: 59 })).toEqual([]);
    expect(codes({ ...adult, maxThreatenedMonths: 60 })).toEqual(['OFFENCE_TOO_SERIOUS']);
    expect(codes({ ...adult, imposedPrisonMonths: 7 })).toEqual(['SENTENCE_TOO_HEAVY']);
    expect(codes({ ...adult, imposedPrisonMonths: null, imposedFineRupiah: 10_000_000 })).toEqual([]);
    expect(codes({ ...adult, imposedPrisonMonths: null, imposedFineRupiah: 10_000_001 })).toEqual(['SENTENCE_TOO_HEAVY']);
  });

  it("does not veto an order on consent: it is one of the judge's considerations (KUHP Art. 85(2)), recorded, not checked", () => {
    expect(codes(adult)).toEqual([]);
    expect(codes(child)).toEqual([]);
  });

  it('takes the daily cap as the judgment sets it, 1 to 8 hours, for adults and children (KUHP Art. 85(5); no SPPA article)', () => {
    expect(codes({ ...adult, maxHoursPerDay: 8 })).toEqual([]);
    expect(codes({ ...adult, maxHoursPerDay: 9 })).toEqual(['DAILY_CAP_OUT_OF_RANGE']);
    expect(codes({ ...child, maxHoursPerDay: 8 })).toEqual([]);
    expect(codes({ ...child, maxHoursPerDay: 9 })).toEqual(['DAILY_CAP_OUT_OF_RANGE']);
    expect(codes({ ...child, maxHoursPerDay: 1 })).toEqual([]);
    expect(codes({ ...child, maxHoursPerDay: 0 })).toEqual(['DAILY_CAP_OUT_OF_RANGE']);
    const refusal = checkOrder(rules, { ...child, maxHoursPerDay: 9 })[0]!;
    expect(refusal.article).toBe('KUHP Art. 85(5)');
    expect(refusal.article).not.toContain('SPPA');
    expect(rules.child.defaultHoursPerDay).toBe(3);
    expect(rules.adult.defaultHoursPerDay).toBe(8);
  });

  it('converts an unpaid fine at Rp50,000 or part of it an hour within 8–240 hours, citing KUHP Art. 82(4)', () => {
    expect(fineToHours(rules, 1_000_000)).toMatchObject({ hours: 20, violations: [] });
    expect(fineToHours(rules, 1_000_000).explanation).toContain('Rp1.000.000 ÷ Rp50.000 per hour');
    expect(fineToHours(rules, 1_000_000).explanation).toContain('KUHP Art. 82(4)');
    expect(fineToHours(rules, 1_000_000).explanation).not.toContain('to confirm');
    // Rp50,000 or less is one hour: Rp1,000,001 is 21 hours.
    expect(fineToHours(rules, 1_000_001).hours).toBe(21);
    expect(fineToHours(rules, 100_000).hours).toBe(8);
    expect(fineToHours(rules, 10_000_000).hours).toBe(200);
    expect(fineToHours(rules, 10_000_001).violations.map((v) => [v.code, v.article])).toEqual([
      ['FINE_TOO_HIGH', 'KUHP Art. 82(1), Art. 79(1)'],
    ]);
  });

  it('reduces the hours by a part-payment (KUHP Art. 82(3)) and refuses a payment of the whole fine', () => {
    expect(fineToHours(rules, 2_000_000, 500_000)).toMatchObject({ hours: 30, unpaidRupiah: 1_500_000, violations: [] });
    expect(fineToHours(rules, 2_000_000, 500_000).explanation).toContain('KUHP Art. 82(3)');
    expect(fineToHours(rules, 2_000_000, 1_999_999).violations).toEqual([]);
    expect(fineToHours(rules, 2_000_000, 2_000_000).violations[0]).toMatchObject({
      code: 'PART_PAYMENT_INVALID',
      article: 'KUHP Art. 82(3)',
    });
  });

  it('replaces an unpaid fine only when seizure did not cover it (KUHP Art. 82(1)) and with the converted hours (Art. 82(4))', () => {
    const unpaidFine = { fineRupiah: 2_000_000, paidRupiah: 0, seizureInsufficient: true };
    const fineOrder = { ...adult, imposedPrisonMonths: null, orderedHours: 40, unpaidFine };
    expect(codes(fineOrder)).toEqual([]);
    expect(codes({ ...fineOrder, unpaidFine: { ...unpaidFine, seizureInsufficient: false } })).toEqual([
      'FINE_NOT_YET_REPLACEABLE',
    ]);
    expect(codes({ ...fineOrder, orderedHours: 41 })).toEqual(['HOURS_NOT_AS_CONVERTED']);
    expect(checkOrder(rules, { ...fineOrder, orderedHours: 41 })[0]!.article).toBe('KUHP Art. 82(4)');
  });
});
