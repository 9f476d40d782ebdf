import { Field, ObjectType } from 'type-graphql';
import { addDays } from '@hub/reference';
import { DateScalar } from '@hub/federation';
import { DiversionStatus, type DiversionStatusCode } from '../enums';
import type { CaseFile } from './case.entity';
import type { Offense } from './offense.entity';

/** Diversion is mandatory below this threatened term (7 years), SPPA Art. 7(2). */
export const DIVERSION_MAX_TERM_MONTHS_EXCLUSIVE = 84;
/** Diversion must start within 7 days of the stage (SPPA Art. 7, 29). */
export const DIVERSION_START_DAYS = 7;
/** Each diversion stage lasts at most 30 days (SPPA Art. 29, 42, 52). */
export const DIVERSION_STAGE_DAYS = 30;

/** Diversion (*diversi*) of a case: whether the law requires it, and where it stands. */
@ObjectType({ description: 'Diversion (*diversi*, SPPA Art. 7): eligibility computed from the offence, and its progress.' })
export class Diversion {
  @Field({
    description: 'True when diversion is mandatory: threatened term under 7 years and not a repeat offence (SPPA Art. 7(2)).',
  })
  eligible!: boolean;

  @Field({ description: 'Why diversion is or is not required, in words, citing the article.' })
  reason!: string;

  @Field(() => DiversionStatus, { description: 'State of the diversion process.' })
  status!: DiversionStatusCode;

  @Field(() => DateScalar, {
    nullable: true,
    description:
      'Last day diversion may start at this stage: the stage start + 7 days (SPPA Art. 7, 29); null when not applicable.',
  })
  startBy!: string | null;

  @Field(() => DateScalar, { nullable: true, description: 'Date diversion started at the current stage.' })
  startedAt!: string | null;

  @Field(() => DateScalar, {
    nullable: true,
    description: 'Last day of the current stage: start + 30 days (SPPA Art. 29, 42, 52).',
  })
  deadline!: string | null;
}

// Built once: a formatter per call was a measurable share of a case view's CPU.
const YEARS = new Intl.NumberFormat('en', { maximumFractionDigits: 1 });

/** Computes the diversion view of a case from its offence (SPPA Art. 7). */
export function diversionOf(caseFile: CaseFile, offense: Offense): Diversion {
  const years = YEARS.format(offense.maxTermMonths / 12);
  let eligible = true;
  let reason = `Diversion is mandatory: the offence carries at most ${years} years (under 7) and it is not a repeat offence (SPPA Art. 7(2)).`;
  if (offense.maxTermMonths >= DIVERSION_MAX_TERM_MONTHS_EXCLUSIVE) {
    eligible = false;
    reason = `Not eligible for diversion: the offence carries up to ${years} years, 7 or more (SPPA Art. 7(2)(a)).`;
  } else if (caseFile.repeatOffense) {
    eligible = false;
    reason = 'Not eligible for diversion: it is a repeat offence (SPPA Art. 7(2)(b)).';
  }
  return Object.assign(new Diversion(), {
    eligible,
    reason,
    status: eligible ? caseFile.diversionStatus : 'NOT_ELIGIBLE',
    startBy:
      eligible && caseFile.diversionStatus === 'NOT_STARTED' && caseFile.stageStartedOn
        ? addDays(caseFile.stageStartedOn, DIVERSION_START_DAYS)
        : null,
    startedAt: caseFile.diversionStartedOn,
    deadline: caseFile.diversionStartedOn ? addDays(caseFile.diversionStartedOn, DIVERSION_STAGE_DAYS) : null,
  });
}
