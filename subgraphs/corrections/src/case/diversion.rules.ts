import { Field, ObjectType, registerEnumType } from 'type-graphql';
import {
  addDays,
  diversionEligibility,
  DIVERSION_TRIGGERS,
  enumObject,
  rulesOn,
  type DiversionTriggerCode,
} from '@hub/reference';
import { DateScalar } from '@hub/federation';
import { DiversionStatus, type DiversionStatusCode } from '../enums';
import type { CaseFile } from './case.entity';
import type { Offense } from './offense.entity';

export const DiversionTrigger = enumObject(DIVERSION_TRIGGERS);
registerEnumType(DiversionTrigger, {
  name: 'DiversionTrigger',
  description:
    "The legal moment a stage's diversion clock starts: the investigation begins (*dimulainya penyidikan*, SPPA Art. 29(1)), the prosecutor receives the case file (*penerimaan berkas perkara*, Art. 42(1)), the judge is designated (*penetapan hakim*, Art. 52(2)).",
});

/** Diversion (*diversi*) of a case: whether the law requires it, and where it stands. */
@ObjectType({ description: 'Diversion (*diversi*, SPPA Art. 7): eligibility computed from the offence, and its progress.' })
export class Diversion {
  @Field({
    description: 'True when diversion is mandatory: threatened term under 7 years and not a repeat offence (SPPA Art. 7(2)).',
  })
  eligible!: boolean;

  @Field({ description: 'Why diversion is or is not required, in words, citing the article.' }) reason!: string;

  @Field(() => DiversionStatus, { description: 'State of the diversion process.' }) status!: DiversionStatusCode;

  @Field(() => DiversionTrigger, { nullable: true, description: "The legal trigger of the current stage's diversion clock." })
  trigger!: DiversionTriggerCode | null;

  @Field(() => DateScalar, { nullable: true, description: 'The day of that trigger (Asia/Jakarta).' })
  triggeredOn!: string | null;

  @Field(() => String, { nullable: true, description: 'Article setting the 7-day start, e.g. "SPPA Art. 29(1)".' })
  startArticle!: string | null;

  @Field(() => String, { nullable: true, description: 'Article setting the 30-day limit, e.g. "SPPA Art. 29(2)".' })
  limitArticle!: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description:
      'Last day diversion may start at this stage: the legal trigger + 7 days (SPPA Art. 29(1), 42(1), 52(2)); null when not applicable.',
  })
  startBy!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Date diversion started at the current stage.' })
  startedAt!: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'Last day of diversion at the current stage: start + 30 days (SPPA Art. 29(2), 42(2), 52(3)).',
  })
  deadline!: string | null;
}

// Built once: a formatter per call was a measurable share of a case view's CPU.
const YEARS = new Intl.NumberFormat('en', { maximumFractionDigits: 1 });

/** The trigger of a case's current stage and its day; cases opened before it was recorded count from the stage start. */
export function triggerOf(caseFile: CaseFile): { trigger: DiversionTriggerCode; on: string } {
  return {
    trigger: caseFile.diversionTrigger ?? (caseFile.stage === 'ADJUDICATION' ? 'JUDGE_DESIGNATED' : 'INVESTIGATION_STARTED'),
    on: caseFile.diversionTriggeredOn ?? caseFile.stageStartedOn,
  };
}

/** Last day diversion may start, and the articles of the stage (rule set of the offence date). */
export function diversionClock(caseFile: CaseFile) {
  const rules = rulesOn(caseFile.offenseDate);
  const { trigger, on } = triggerOf(caseFile);
  const rule = rules.diversion.triggers[trigger];
  return {
    trigger,
    triggeredOn: on,
    startBy: addDays(on, rules.diversion.startDays),
    startArticle: rule.startArticle,
    limitArticle: rule.limitArticle,
    startDays: rules.diversion.startDays,
    stageDays: rules.diversion.stageDays,
    deadline: caseFile.diversionStartedOn ? addDays(caseFile.diversionStartedOn, rules.diversion.stageDays) : null,
  };
}

/** Computes the diversion view of a case from its offence (SPPA Art. 7) and its legal trigger. */
export function diversionOf(caseFile: CaseFile, offense: Offense): Diversion {
  const rules = rulesOn(caseFile.offenseDate);
  const years = YEARS.format(offense.maxTermMonths / 12);
  const limitYears = rules.diversion.maxThreatenedMonthsExclusive / 12;
  const { eligible, reason: why } = diversionEligibility(rules, offense.maxTermMonths, caseFile.repeatOffense);
  const reason =
    why === 'TERM_TOO_LONG'
      ? `Not eligible for diversion: the offence carries up to ${years} years, ${limitYears} or more (SPPA Art. 7(2)(a)).`
      : why === 'REPEAT_OFFENSE'
        ? 'Not eligible for diversion: it is a repeat offence (SPPA Art. 7(2)(b)).'
        : `Diversion is mandatory: the offence carries at most ${years} years (under ${limitYears}) and it is not a repeat offence (SPPA Art. 7(2)).`;
  const clock = eligible ? diversionClock(caseFile) : null;
  return Object.assign(new Diversion(), {
    eligible,
    reason,
    status: eligible ? caseFile.diversionStatus : 'NOT_ELIGIBLE',
    trigger: clock?.trigger ?? null,
    triggeredOn: clock?.triggeredOn ?? null,
    startArticle: clock?.startArticle ?? null,
    limitArticle: clock?.limitArticle ?? null,
    startBy: clock && caseFile.diversionStatus === 'NOT_STARTED' ? clock.startBy : null,
    startedAt: caseFile.diversionStartedOn,
    deadline: clock?.deadline ?? null,
  });
}
