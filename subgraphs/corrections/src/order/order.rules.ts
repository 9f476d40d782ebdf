import { addMonths, ageOn, daysBetween, type RuleSet } from '@hub/reference';

/** A refusal the person entering the data can fix: which field, which rule, which article. */
export interface RuleViolation {
  field: string;
  code: string;
  message: string;
  article?: string;
}

export interface OrderFacts {
  birthDate: string;
  offenseDate: string;
  maxThreatenedMonths: number;
  orderedHours: number;
  startDate: string;
  deadline: string;
  imposedPrisonMonths?: number | null;
  imposedFineRupiah?: number | null;
  consentGiven: boolean;
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
export function checkOrder(rules: RuleSet, facts: OrderFacts): RuleViolation[] {
  const out: RuleViolation[] = [];
  const { age, orderRules } = orderRulesFor(rules, facts.birthDate, facts.offenseDate);
  if (age < rules.minimumAgeOfResponsibility) {
    return [
      {
        field: 'caseId',
        code: 'UNDER_AGE_OF_RESPONSIBILITY',
        message: `The person was ${age} at the offence; under ${rules.minimumAgeOfResponsibility} there is no criminal responsibility.`,
        article: 'KUHP Art. 40; SPPA Art. 1(3)',
      },
    ];
  }
  if (age < rules.minimumAgeForSentence) {
    return [
      {
        field: 'caseId',
        code: 'MEASURES_ONLY',
        message: `The child was ${age} at the offence; under ${rules.minimumAgeForSentence} only measures (tindakan) may be imposed, not community service.`,
        article: 'KUHP Art. 113(3); SPPA Art. 69(2)',
      },
    ];
  }
  if (facts.orderedHours < orderRules.minHours || facts.orderedHours > orderRules.maxHours) {
    out.push({
      field: 'orderedHours',
      code: 'HOURS_OUT_OF_RANGE',
      message: `${orderRules.kind} must be between ${orderRules.minHours} and ${orderRules.maxHours} hours; ${facts.orderedHours} was given.`,
      article: orderRules.hoursArticle,
    });
  }
  if (daysBetween(facts.startDate, facts.deadline) < 0) {
    out.push({ field: 'deadline', code: 'DEADLINE_BEFORE_START', message: 'The deadline is before the start date.' });
  } else if (facts.deadline > addMonths(facts.startDate, orderRules.maxMonths)) {
    out.push({
      field: 'deadline',
      code: 'PERIOD_TOO_LONG',
      message: `The hours must be done within ${orderRules.maxMonths} months of the start: the deadline may be ${addMonths(facts.startDate, orderRules.maxMonths)} at the latest.`,
      article: orderRules.periodArticle,
    });
  }
  if (!facts.consentGiven) {
    out.push({
      field: 'consentGiven',
      code: 'CONSENT_REQUIRED',
      message: "Community service needs the convicted person's consent after the sentence is explained.",
      article: 'KUHP Art. 85(2)',
    });
  }
  if (orderRules.kind === 'KERJA_SOSIAL') {
    if (facts.maxThreatenedMonths >= rules.adultMaxThreatenedMonthsExclusive) {
      out.push({
        field: 'caseId',
        code: 'OFFENCE_TOO_SERIOUS',
        message: `The offence is threatened with ${facts.maxThreatenedMonths} months; community service needs a threat under ${rules.adultMaxThreatenedMonthsExclusive / 12} years.`,
        article: 'KUHP Art. 85(1)',
      });
    }
    const prison = facts.imposedPrisonMonths ?? null;
    const fine = facts.imposedFineRupiah ?? null;
    const prisonOk = prison !== null && prison <= rules.adultMaxImposedPrisonMonths;
    const fineOk = fine !== null && fine <= rules.adultMaxImposedFineRupiah;
    if (!prisonOk && !fineOk) {
      out.push({
        field: prison !== null ? 'imposedPrisonMonths' : 'imposedFineRupiah',
        code: 'SENTENCE_TOO_HEAVY',
        message: `Community service replaces a prison term of at most ${rules.adultMaxImposedPrisonMonths} months or a fine of at most Rp${rules.adultMaxImposedFineRupiah.toLocaleString('id-ID')} (category II); give the sentence imposed.`,
        article: 'KUHP Art. 85(1), Art. 79(1)',
      });
    }
  }
  return out;
}

/** The fine-to-hours conversion of KUHP Art. 82, with its arithmetic in words. */
export function fineToHours(
  rules: RuleSet,
  fineRupiah: number,
): { hours: number; explanation: string; violations: RuleViolation[] } {
  const raw = Math.ceil(fineRupiah / rules.rupiahPerHour);
  const hours = Math.min(Math.max(raw, rules.adult.minHours), rules.adult.maxHours);
  const violations: RuleViolation[] =
    fineRupiah > rules.adultMaxImposedFineRupiah
      ? [
          {
            field: 'fineRupiah',
            code: 'FINE_TOO_HIGH',
            message: `Only an unpaid fine of at most Rp${rules.adultMaxImposedFineRupiah.toLocaleString('id-ID')} (category II) may be replaced by community service.`,
            article: 'KUHP Art. 82, Art. 79(1)',
          },
        ]
      : [];
  const explanation =
    `Rp${fineRupiah.toLocaleString('id-ID')} ÷ Rp${rules.rupiahPerHour.toLocaleString('id-ID')} per hour = ${raw} hours` +
    (hours !== raw ? `, brought within ${rules.adult.minHours}–${rules.adult.maxHours} hours: ${hours} hours` : '') +
    ` (KUHP Art. 82, rule set ${rules.version}).`;
  return { hours, explanation, violations };
}
