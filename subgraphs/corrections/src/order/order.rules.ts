import { addMonths, ageOn, dailyCap, daysBetween, type OrderRules, type RuleSet } from '@hub/reference';
import type { OrderStatusCode } from '../enums';
import { ORDER_TRANSITIONS, transitionRefusal } from '../lifecycle/lifecycle.rules';
import { userError, userErrorsAt, type UserError } from '@hub/federation';

export interface OrderFacts {
  birthDate: string;
  offenseDate: string;
  maxThreatenedMonths: number;
  orderedHours: number;
  startDate: string;
  deadline: string;
  imposedPrisonMonths?: number | null;
  imposedFineRupiah?: number | null;
  /** The daily cap the judgment sets; the rule set's default when it sets none. */
  maxHoursPerDay?: number | null;
  /** Set when the order replaces an unpaid fine (KUHP Art. 82) rather than a sentence (Art. 85(1)). */
  unpaidFine?: UnpaidFineFacts | null;
}

/** An unpaid fine replaced by community service (KUHP Art. 82). */
export interface UnpaidFineFacts {
  fineRupiah: number;
  /** What was paid; part-payment reduces the hours (KUHP Art. 82(3)). */
  paidRupiah: number;
  /** Seizure or auction of assets did not cover the fine or was not possible (KUHP Art. 82(1)). */
  seizureInsufficient: boolean;
}

/** The order kind and its limits, from the age at the offence date (not today). */
export function orderRulesFor(rules: RuleSet, birthDate: string, offenseDate: string) {
  const age = ageOn(birthDate, offenseDate);
  return { age, orderRules: age >= rules.adultAge ? rules.adult : rules.child };
}

/**
 * Checks a community-service order against the rule set (DOMAIN.md §2); an empty list means it may
 * be issued. Every violation names the field, the rule in words and the article.
 */
export function checkOrder(rules: RuleSet, facts: OrderFacts): UserError[] {
  const out: UserError[] = [];
  const { age, orderRules } = orderRulesFor(rules, facts.birthDate, facts.offenseDate);
  if (age < rules.minimumAgeOfResponsibility) {
    return [
      userError(
        'caseId',
        'UNDER_AGE_OF_RESPONSIBILITY',
        `The person was ${age} at the offence; under ${rules.minimumAgeOfResponsibility} there is no criminal responsibility: record a decision for a child under 12 instead.`,
        'KUHP Art. 40, 41; SPPA Art. 1(3), 21',
      ),
    ];
  }
  if (age < rules.minimumAgeForSentence) {
    return [
      userError(
        'caseId',
        'MEASURES_ONLY',
        `The child was ${age} at the offence; under ${rules.minimumAgeForSentence} only measures (tindakan) may be imposed, not community service.`,
        'KUHP Art. 113(3); SPPA Art. 69(2)',
      ),
    ];
  }
  if (facts.orderedHours < orderRules.minHours || facts.orderedHours > orderRules.maxHours) {
    out.push(
      userError(
        'orderedHours',
        'HOURS_OUT_OF_RANGE',
        `${orderRules.kind} must be between ${orderRules.minHours} and ${orderRules.maxHours} hours; ${facts.orderedHours} was given.`,
        orderRules.hoursArticle,
      ),
    );
  }
  if (daysBetween(facts.startDate, facts.deadline) < 0) {
    out.push(userError('deadline', 'DEADLINE_BEFORE_START', 'The deadline is before the start date.'));
  } else if (facts.deadline > addMonths(facts.startDate, orderRules.maxMonths)) {
    out.push(
      userError(
        'deadline',
        'PERIOD_TOO_LONG',
        `The hours must be done within ${orderRules.maxMonths} months of the start: the deadline may be ${addMonths(facts.startDate, orderRules.maxMonths)} at the latest.`,
        orderRules.periodArticle,
      ),
    );
  }
  // The daily cap in force is decided in one place (the rule set's dailyCap); here it is checked.
  const cap = dailyCap(orderRules, facts.maxHoursPerDay);
  if (!cap.lawful) {
    out.push(
      userError(
        'maxHoursPerDay',
        'DAILY_CAP_OUT_OF_RANGE',
        `The daily cap the judgment sets must be 1 to ${cap.ceiling} hours; ${cap.hours} was given.`,
        cap.article,
      ),
    );
  }
  if (facts.unpaidFine) {
    const conversion = fineToHours(rules, facts.unpaidFine.fineRupiah, facts.unpaidFine.paidRupiah);
    out.push(...userErrorsAt('unpaidFine', conversion.violations));
    if (!facts.unpaidFine.seizureInsufficient) {
      out.push(
        userError(
          'unpaidFine.seizureInsufficient',
          'FINE_NOT_YET_REPLACEABLE',
          'An unpaid fine is replaced by community service only when seizure or auction of assets did not cover it or was not possible.',
          'KUHP Art. 82(1)',
        ),
      );
    }
    if (!conversion.violations.length && conversion.hours !== facts.orderedHours) {
      out.push(
        userError(
          'orderedHours',
          'HOURS_NOT_AS_CONVERTED',
          `The unpaid fine converts to ${conversion.hours} hours: ${conversion.explanation}`,
          'KUHP Art. 82(4)',
        ),
      );
    }
    return out;
  }
  if (orderRules.kind === 'KERJA_SOSIAL') {
    if (facts.maxThreatenedMonths >= rules.adultMaxThreatenedMonthsExclusive) {
      out.push(
        userError(
          'caseId',
          'OFFENCE_TOO_SERIOUS',
          `The offence is threatened with ${facts.maxThreatenedMonths} months; community service needs a threat under ${rules.adultMaxThreatenedMonthsExclusive / 12} years.`,
          'KUHP Art. 85(1)',
        ),
      );
    }
    const prison = facts.imposedPrisonMonths ?? null;
    const fine = facts.imposedFineRupiah ?? null;
    const prisonOk = prison !== null && prison <= rules.adultMaxImposedPrisonMonths;
    const fineOk = fine !== null && fine <= rules.adultMaxImposedFineRupiah;
    if (!prisonOk && !fineOk) {
      out.push(
        userError(
          prison !== null ? 'imposedPrisonMonths' : 'imposedFineRupiah',
          'SENTENCE_TOO_HEAVY',
          `Community service replaces a prison term of at most ${rules.adultMaxImposedPrisonMonths} months or a fine of at most Rp${rules.adultMaxImposedFineRupiah.toLocaleString('id-ID')} (category II); give the sentence imposed.`,
          'KUHP Art. 85(1), Art. 79(1)',
        ),
      );
    }
  }
  return out;
}

/**
 * The fine-to-hours conversion of KUHP Art. 82(4): one hour for each Rp50,000 or part of it of the
 * unpaid fine, after part-payment (Art. 82(3)), within 8–240 hours; only a fine of at most category II
 * (Art. 82(1)). The arithmetic comes back in words.
 */
export function fineToHours(
  rules: RuleSet,
  fineRupiah: number,
  paidRupiah = 0,
): { hours: number; unpaidRupiah: number; explanation: string; violations: UserError[] } {
  const violations: UserError[] = [];
  if (fineRupiah > rules.adultMaxImposedFineRupiah) {
    violations.push(
      userError(
        'fineRupiah',
        'FINE_TOO_HIGH',
        `Only an unpaid fine of at most Rp${rules.adultMaxImposedFineRupiah.toLocaleString('id-ID')} (category II) may be replaced by community service.`,
        'KUHP Art. 82(1), Art. 79(1)',
      ),
    );
  }
  if (!Number.isInteger(paidRupiah) || paidRupiah < 0 || paidRupiah >= fineRupiah) {
    violations.push(
      userError(
        'paidRupiah',
        'PART_PAYMENT_INVALID',
        'A part-payment is from Rp0 up to less than the fine; a fine paid in full is not replaced.',
        'KUHP Art. 82(3)',
      ),
    );
  }
  const unpaid = Math.max(fineRupiah - Math.max(paidRupiah, 0), 0);
  const raw = Math.ceil(unpaid / rules.rupiahPerHour);
  const hours = Math.min(Math.max(raw, rules.adult.minHours), rules.adult.maxHours);
  const explanation =
    (paidRupiah > 0
      ? `Rp${fineRupiah.toLocaleString('id-ID')} − Rp${paidRupiah.toLocaleString('id-ID')} paid (KUHP Art. 82(3)) = Rp${unpaid.toLocaleString('id-ID')} unpaid; `
      : '') +
    `Rp${unpaid.toLocaleString('id-ID')} ÷ Rp${rules.rupiahPerHour.toLocaleString('id-ID')} per hour, a part counting as a whole hour = ${raw} hours` +
    (hours !== raw ? `, brought within ${rules.adult.minHours}–${rules.adult.maxHours} hours: ${hours} hours` : '') +
    ` (KUHP Art. 82(4), rule set ${rules.version}).`;
  return { hours, unpaidRupiah: unpaid, explanation, violations };
}

/** What issuing an order looks at besides the order's facts: the input, the Litmas relied on, today. */
export interface IssueFacts {
  orderRules: OrderRules;
  /** The adult's consent after explanation (KUHP Art. 85(2)(c)), from the considerations or the deprecated field. */
  consent: boolean | null;
  /** The Litmas named in the considerations: null when none was named, false when it is not a submitted Litmas of the case. */
  litmasSubmitted: boolean | null;
  courtDecisionNumber: string;
  startDate: string;
  /** The earliest start date that is plausible (a year ago). */
  earliestStart: string;
}

/**
 * The rules of issuing an order besides the rule set's (checkOrder): consent is a consideration for
 * adults only; a Litmas relied on is a submitted one of the case; the court decision is named; the
 * start is not more than a year ago.
 */
export function checkIssue(facts: IssueFacts): UserError[] {
  const errors: UserError[] = [];
  if (facts.orderRules.kind === 'PELAYANAN_MASYARAKAT' && facts.consent !== null) {
    errors.push(
      userError(
        'input.considerations.consentAfterExplanation',
        'CONSENT_NOT_APPLICABLE',
        "Consent is a consideration for adults' kerja sosial (KUHP Art. 85(2)(c)); a child's pelayanan masyarakat (SPPA Art. 76) has none: leave it empty.",
        'KUHP Art. 85(2)(c); SPPA Art. 76',
      ),
    );
  }
  if (facts.litmasSubmitted === false)
    errors.push(
      userError('input.considerations.litmasReportId', 'LITMAS_NOT_SUBMITTED', 'Name a submitted Litmas of this case.'),
    );
  if (facts.courtDecisionNumber.trim().length < 5)
    errors.push(userError('input.courtDecisionNumber', 'COURT_DECISION_REQUIRED', 'Give the number of the court decision.'));
  if (facts.startDate < facts.earliestStart)
    errors.push(userError('input.startDate', 'START_TOO_OLD', 'The start date is more than a year ago; check the decision.'));
  return errors;
}

/** A change of an order's status along its lifecycle. */
export function checkOrderStatusChange(order: { status: OrderStatusCode }, next: OrderStatusCode): UserError[] {
  const refusal = transitionRefusal(ORDER_TRANSITIONS, order.status, next, 'order');
  return refusal ? [userError('input.status', 'INVALID_TRANSITION', refusal)] : [];
}
