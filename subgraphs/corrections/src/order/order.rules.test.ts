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
  consentGiven: true,
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

  it("needs the person's consent (KUHP Art. 85(2))", () => {
    expect(codes({ ...adult, consentGiven: false })).toEqual(['CONSENT_REQUIRED']);
  });

  it('converts an unpaid fine at Rp50,000 an hour within 8–240 hours, showing the arithmetic (KUHP Art. 82)', () => {
    expect(fineToHours(rules, 1_000_000)).toMatchObject({ hours: 20, violations: [] });
    expect(fineToHours(rules, 1_000_000).explanation).toContain('Rp1.000.000 ÷ Rp50.000 per hour = 20 hours');
    expect(fineToHours(rules, 100_000).hours).toBe(8);
    expect(fineToHours(rules, 10_000_000).hours).toBe(200);
    expect(fineToHours(rules, 10_000_001).violations[0]!.code).toBe('FINE_TOO_HIGH');
  });
});
