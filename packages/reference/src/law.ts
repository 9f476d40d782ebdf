import { jakartaDate } from './dates';

/**
 * The law the hub encodes (DOMAIN.md §2), as versioned, data-driven rule sets with an effective
 * date: the implementing regulation for *pidana kerja sosial* had not been issued in early 2026,
 * so numbers that no statute fixes live here as configuration, marked as such, not in code.
 * Each refusal cites its article; a number with no article says so.
 */
export interface RuleSet {
  version: string;
  /** First day (Asia/Jakarta) the rule set applies to, by the offence or issue date. */
  effectiveFrom: string;
  /** Criminal responsibility starts at this age at the offence (SPPA Art. 1(3), 21; KUHP Art. 40, 41). */
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
  /** An unpaid fine is replaced by one hour for each this many rupiah or part of it (KUHP Art. 82(4), statutory). */
  rupiahPerHour: number;
  /** Litmas deadlines (see LitmasDeadlines). */
  litmas: LitmasDeadlines;
  diversion: DiversionRules;
  /** Unacceptable absences on one order from which the PK and the prosecutor see a breach signal (KUHP Art. 85(7)). */
  breachUnacceptableAbsences: number;
  /** A child under 12 may be placed in a programme (LPKS) for at most this many months (SPPA Art. 21(1)(b); KUHP Art. 41). */
  under12ProgrammeMaxMonths: number;
}

/** Hours and time limits of one order kind. */
export interface OrderRules {
  kind: 'KERJA_SOSIAL' | 'PELAYANAN_MASYARAKAT';
  legalBasis: string;
  minHours: number;
  maxHours: number;
  /** The ceiling of the daily cap a judgment may set: 8 hours (KUHP Art. 85(5)). */
  maxHoursPerDay: number;
  /**
   * The daily cap used when the judgment sets none. For children no statute sets one (SPPA Art. 76
   * has none): 3 hours, so as not to disrupt school, is configuration and cites no article.
   */
  defaultHoursPerDay: number;
  /** The hours must be done within this many months of the start (KUHP Art. 85(5)). */
  maxMonths: number;
  hoursArticle: string;
  /** What may follow a breach without valid reason, each with its article; absent means not available for this kind. */
  breachOutcomes: Readonly<Partial<Record<BreachConsequenceCode, string>>>;
  /** Article a finding of no breach (a valid reason) rests on. */
  noBreachArticle: string;
  /** Article of the 8-hour ceiling. */
  dailyArticle: string;
  periodArticle: string;
}

export const BREACH_CONSEQUENCES = ['REPEAT_HOURS', 'SERVE_REPLACED_PRISON', 'PAY_REPLACED_FINE'] as const;
export type BreachConsequenceCode = (typeof BREACH_CONSEQUENCES)[number];

/** When a Litmas is due: per requester and purpose. */
export interface LitmasDeadlines {
  /** An investigator's request and any diversion request: 3×24 hours (PP 65/2015). */
  statutoryHours: number;
  statutoryArticle: string;
  /** Other purposes (trial, guidance, assimilation, reintegration): set by the office; no statute fixed here. */
  byPurpose: Readonly<Record<string, number>>;
}

/** The legal moment each stage's diversion clock starts from, its article, and the article of its 30-day limit. */
export interface DiversionTriggerRule {
  trigger: DiversionTriggerCode;
  startArticle: string;
  limitArticle: string;
}

export const DIVERSION_TRIGGERS = ['INVESTIGATION_STARTED', 'CASE_FILE_RECEIVED_BY_PROSECUTOR', 'JUDGE_DESIGNATED'] as const;
export type DiversionTriggerCode = (typeof DIVERSION_TRIGGERS)[number];

/** Diversion (SPPA Art. 7, 29, 42, 52). */
export interface DiversionRules {
  /** Diversion is mandatory below this threatened term, if not a repeat offence (SPPA Art. 7(2)). */
  maxThreatenedMonthsExclusive: number;
  eligibilityArticle: string;
  /** Diversion must start within this many days of the stage's legal trigger. */
  startDays: number;
  /** … and last at most this many days at that stage. */
  stageDays: number;
  triggers: Readonly<Record<DiversionTriggerCode, DiversionTriggerRule>>;
}

export const RULE_SETS: readonly RuleSet[] = [
  {
    version: 'KUHP-2026.2',
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
      defaultHoursPerDay: 8,
      maxMonths: 6,
      hoursArticle: 'KUHP Art. 85(4)',
      breachOutcomes: {
        REPEAT_HOURS: 'KUHP Art. 85(7)(a)',
        SERVE_REPLACED_PRISON: 'KUHP Art. 85(7)(b)',
        PAY_REPLACED_FINE: 'KUHP Art. 85(7)(c)',
      },
      noBreachArticle: 'KUHP Art. 85(7)',
      dailyArticle: 'KUHP Art. 85(5)',
      periodArticle: 'KUHP Art. 85(5)',
    },
    child: {
      kind: 'PELAYANAN_MASYARAKAT',
      legalBasis: 'UU 11/2012 (SPPA) Pasal 76',
      minHours: 7,
      maxHours: 120,
      // No statute sets a child's daily cap: the judgment's cap, never above the adults' 8 hours.
      maxHoursPerDay: 8,
      defaultHoursPerDay: 3,
      maxMonths: 6,
      hoursArticle: 'SPPA Art. 76(3)',
      // A child's pelayanan masyarakat replaces no prison term or fine: the court may only order the hours repeated.
      breachOutcomes: { REPEAT_HOURS: 'SPPA Art. 76(2)' },
      noBreachArticle: 'SPPA Art. 76(2)',
      dailyArticle: 'KUHP Art. 85(5)',
      // SPPA sets no period for pelayanan masyarakat: the adults' six months, applied by analogy.
      periodArticle: 'KUHP Art. 85(5), by analogy',
    },
    adultMaxThreatenedMonthsExclusive: 60,
    adultMaxImposedPrisonMonths: 6,
    adultMaxImposedFineRupiah: 10_000_000,
    rupiahPerHour: 50_000,
    litmas: {
      statutoryHours: 72,
      statutoryArticle: 'PP 65/2015',
      // Office deadlines, configurable here (no statute read into them).
      byPurpose: { DIVERSION: 72, TRIAL: 7 * 24, GUIDANCE: 14 * 24, ASSIMILATION: 14 * 24, REINTEGRATION: 14 * 24 },
    },
    diversion: {
      maxThreatenedMonthsExclusive: 84,
      eligibilityArticle: 'SPPA Art. 7(2)',
      startDays: 7,
      stageDays: 30,
      triggers: {
        INVESTIGATION_STARTED: {
          trigger: 'INVESTIGATION_STARTED',
          startArticle: 'SPPA Art. 29(1)',
          limitArticle: 'SPPA Art. 29(2)',
        },
        CASE_FILE_RECEIVED_BY_PROSECUTOR: {
          trigger: 'CASE_FILE_RECEIVED_BY_PROSECUTOR',
          startArticle: 'SPPA Art. 42(1)',
          limitArticle: 'SPPA Art. 42(2)',
        },
        JUDGE_DESIGNATED: { trigger: 'JUDGE_DESIGNATED', startArticle: 'SPPA Art. 52(2)', limitArticle: 'SPPA Art. 52(3)' },
      },
    },
    breachUnacceptableAbsences: 3,
    under12ProgrammeMaxMonths: 6,
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

/** Whether diversion is mandatory (SPPA Art. 7(2)): the one place eligibility is computed. */
export function diversionEligibility(
  rules: RuleSet,
  maxTermMonths: number,
  repeatOffense: boolean,
): { eligible: boolean; reason: 'ELIGIBLE' | 'TERM_TOO_LONG' | 'REPEAT_OFFENSE' } {
  if (maxTermMonths >= rules.diversion.maxThreatenedMonthsExclusive) return { eligible: false, reason: 'TERM_TOO_LONG' };
  if (repeatOffense) return { eligible: false, reason: 'REPEAT_OFFENSE' };
  return { eligible: true, reason: 'ELIGIBLE' };
}

/** The hours a Litmas is due after its request, and why (PP 65/2015 for investigators and diversion). */
export function litmasDue(
  rules: RuleSet,
  purpose: string,
  requesterKind: string | null | undefined,
): { hours: number; basis: string } {
  if (purpose === 'DIVERSION' || requesterKind === 'INVESTIGATOR') {
    return {
      hours: rules.litmas.statutoryHours,
      basis: `${rules.litmas.statutoryArticle}: ${rules.litmas.statutoryHours / 24}×24 h`,
    };
  }
  const hours = rules.litmas.byPurpose[purpose];
  if (hours === undefined) throw new Error(`Rule set ${rules.version} has no Litmas deadline for ${purpose}`);
  return { hours, basis: `rule set ${rules.version}, ${purpose}: ${hours} h (office deadline, configurable)` };
}

/** When a Litmas requested at `requestedAt` is due, and why: the one place the due date is computed (rule set of the request's day, Asia/Jakarta). */
export function litmasDueAt(
  purpose: string,
  requesterKind: string | null | undefined,
  requestedAt: Date,
): { dueAt: Date; hours: number; basis: string } {
  const due = litmasDue(rulesOn(jakartaDate(requestedAt)), purpose, requesterKind);
  return { dueAt: new Date(requestedAt.getTime() + due.hours * 3_600_000), ...due };
}

/** The daily cap in force on an order (see dailyCap). */
export interface DailyCap {
  /** Hours a day the person may be credited, across all their sites. */
  hours: number;
  /** The judgment set it, or the rule set's default applies. */
  source: 'JUDGMENT' | 'RULE_SET_DEFAULT';
  /** Within what a judgment may set: whole hours, 1 to the ceiling. */
  lawful: boolean;
  /** The ceiling (8 hours) and its article (KUHP Art. 85(5)). */
  ceiling: number;
  article: string;
}

/**
 * The daily cap of hours in force on an order of this kind: the one the judgment sets (at most 8,
 * KUHP Art. 85(5)), else the rule set's default (adults 8; children 3, which no statute sets). The one
 * place the cap is decided: issuing an order checks and stores it, placements keep it, attendance
 * and the ledger read what was stored.
 */
export function dailyCap(orderRules: OrderRules, judgmentCap?: number | null): DailyCap {
  const hours = judgmentCap ?? orderRules.defaultHoursPerDay;
  return {
    hours,
    source: judgmentCap === null || judgmentCap === undefined ? 'RULE_SET_DEFAULT' : 'JUDGMENT',
    lawful: Number.isInteger(hours) && hours >= 1 && hours <= orderRules.maxHoursPerDay,
    ceiling: orderRules.maxHoursPerDay,
    article: orderRules.dailyArticle,
  };
}
