/**
 * The law the hub encodes (DOMAIN.md §2), as versioned, data-driven rule sets with an effective
 * date: the implementing regulation for *pidana kerja sosial* had not been issued in early 2026,
 * so numbers marked "to confirm" live here, not in code. Each refusal cites its article.
 */
export interface RuleSet {
  version: string;
  /** First day (Asia/Jakarta) the rule set applies to, by the offence or issue date. */
  effectiveFrom: string;
  /** Criminal responsibility starts at this age at the offence (SPPA Art. 1(3); KUHP Art. 40). */
  minimumAgeOfResponsibility: number;
  /** Below this age at the offence a child gets measures (*tindakan*) only, no sentence (KUHP Art. 113(3)). */
  minimumAgeForSentence: number;
  /** From this age at the offence a person is an adult. */
  adultAge: number;
  adult: OrderRules;
  child: OrderRules;
  /** Pidana kerja sosial needs an offence threatened with less than this many months (KUHP Art. 85(1)). */
  adultMaxThreatenedMonthsExclusive: number;
  /** … and an imposed prison term of at most this many months (KUHP Art. 85(1)). */
  adultMaxImposedPrisonMonths: number;
  /** … or an imposed fine of at most category II (KUHP Art. 85(1), Art. 79(1)). */
  adultMaxImposedFineRupiah: number;
  /** An unpaid fine may be replaced by hours at this rate (KUHP Art. 82; to confirm). */
  rupiahPerHour: number;
  /** Litmas due this many hours after the request (PP 65/2015: 3×24), per purpose where it differs. */
  litmasDueHours: { default: number; byPurpose: Partial<Record<string, number>> };
  /** Diversion must start within this many days (SPPA Art. 7, 29) and lasts at most this many days per stage. */
  diversionStartDays: number;
  diversionStageDays: number;
  /** Unacceptable absences on one order from which the PK and the prosecutor see a breach signal (KUHP Art. 85(7)). */
  breachUnacceptableAbsences: number;
}

/** Hours and time limits of one order kind. */
export interface OrderRules {
  kind: 'KERJA_SOSIAL' | 'PELAYANAN_MASYARAKAT';
  legalBasis: string;
  minHours: number;
  maxHours: number;
  maxHoursPerDay: number;
  /** The hours must be done within this many months of the start (KUHP Art. 85(5)). */
  maxMonths: number;
  hoursArticle: string;
  dailyArticle: string;
  periodArticle: string;
}

export const RULE_SETS: readonly RuleSet[] = [
  {
    version: 'KUHP-2026.1',
    effectiveFrom: '2026-01-02',
    minimumAgeOfResponsibility: 12,
    minimumAgeForSentence: 14,
    adultAge: 18,
    adult: {
      kind: 'KERJA_SOSIAL',
      legalBasis: 'KUHP Pasal 85',
      minHours: 8,
      maxHours: 240,
      maxHoursPerDay: 8,
      maxMonths: 6,
      hoursArticle: 'KUHP Art. 85(4)',
      dailyArticle: 'KUHP Art. 85(5)',
      periodArticle: 'KUHP Art. 85(5)',
    },
    child: {
      kind: 'PELAYANAN_MASYARAKAT',
      legalBasis: 'UU 11/2012 (SPPA) Pasal 76',
      minHours: 7,
      maxHours: 120,
      // A lower cap that does not disrupt school (to confirm with the implementing regulation).
      maxHoursPerDay: 3,
      maxMonths: 6,
      hoursArticle: 'SPPA Art. 76(3)',
      dailyArticle: 'SPPA Art. 76 (daily cap, to confirm)',
      periodArticle: 'KUHP Art. 85(5) by analogy (to confirm)',
    },
    adultMaxThreatenedMonthsExclusive: 60,
    adultMaxImposedPrisonMonths: 6,
    adultMaxImposedFineRupiah: 10_000_000,
    rupiahPerHour: 50_000,
    litmasDueHours: { default: 72, byPurpose: {} },
    diversionStartDays: 7,
    diversionStageDays: 30,
    breachUnacceptableAbsences: 3,
  },
];

/** The rule set in force on a date (the latest whose effective date is not after it). */
export function rulesOn(date: string): RuleSet {
  const candidates = RULE_SETS.filter((r) => r.effectiveFrom <= date).sort((a, b) =>
    a.effectiveFrom < b.effectiveFrom ? 1 : -1,
  );
  // Before the new Criminal Code the hub has no community-service rules; the earliest set is the floor.
  return candidates[0] ?? RULE_SETS[0]!;
}
