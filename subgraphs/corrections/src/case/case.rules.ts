import { userError, type UserError } from '@hub/federation';
import { rulesOn } from '@hub/reference';
import type { Client } from '../client/client.entity';
import { implausibleOffenseDate, underAgeOfResponsibility } from '../client/client.rules';
import { STAGE_TRANSITIONS, transitionRefusal } from '../lifecycle/lifecycle.rules';
import type { CaseFile } from './case.entity';
import type {
  AdvanceCaseStageInput,
  OpenCaseInput,
  RecordDiversionOutcomeInput,
  RecordDiversionTriggerInput,
} from './case.input';
import { diversionClock } from './diversion.rules';
import type { Offense } from './offense.entity';

/** What opening a case looks at besides the input: the offence found, the catalogue when it was not, the number's use. */
export interface OpenCaseFacts {
  offense: Offense | null;
  catalogue: string[];
  numberTaken: boolean;
  today: string;
}

/**
 * Opening a case: an offence of the catalogue, a plausible offence date, a client of 12 or more at
 * the offence (KUHP Art. 40, 41; SPPA Art. 1(3), 21), the investigation begun on or after the offence
 * and not in the future (SPPA Art. 29(1)), a new case number.
 */
export function checkOpenCase(input: OpenCaseInput, client: Pick<Client, 'birthDate'>, facts: OpenCaseFacts): UserError[] {
  const { today } = facts;
  const errors: UserError[] = [];
  if (!facts.offense) {
    errors.push(
      userError(
        'input.offenseCode',
        'UNKNOWN_OFFENSE',
        `"${input.offenseCode}" is not in the offence catalogue: ${facts.catalogue.join(', ')}.`,
      ),
    );
  }
  const offenseDateRefusal =
    implausibleOffenseDate(client.birthDate, input.offenseDate, today) ??
    underAgeOfResponsibility(
      client.birthDate,
      input.offenseDate,
      (age, minimum) =>
        `The client was ${age} at the offence; under ${minimum} there is no criminal responsibility: record a decision for a child under 12 instead.`,
    );
  if (offenseDateRefusal) errors.push(offenseDateRefusal);
  const investigationStartedOn = input.investigationStartedOn ?? today;
  if (investigationStartedOn > today || investigationStartedOn < input.offenseDate) {
    errors.push(
      userError(
        'input.investigationStartedOn',
        'DATE_OUT_OF_RANGE',
        'The investigation begins on or after the offence date and not in the future.',
        'SPPA Art. 29(1)',
      ),
    );
  }
  if (!validCaseNumber(input.caseNumber))
    errors.push(userError('input.caseNumber', 'INVALID_CASE_NUMBER', 'The case number is 3 to 120 characters.'));
  else if (facts.numberTaken)
    errors.push(userError('input.caseNumber', 'DUPLICATE_CASE_NUMBER', `Case number ${input.caseNumber} is already in use.`));
  return errors;
}

/** A case number: 3 to 120 characters, not starting with a space. */
export function validCaseNumber(caseNumber: string): boolean {
  return /^\S.{2,119}$/.test(caseNumber);
}

/** Moving to the next stage; at adjudication the judge's designation falls between the stage's start and today (SPPA Art. 52(2)). */
export function checkStageAdvance(caseFile: CaseFile, input: AdvanceCaseStageInput, today: string): UserError[] {
  const refusal = transitionRefusal(STAGE_TRANSITIONS, caseFile.stage, input.stage, 'case');
  if (refusal) return [userError('input.stage', 'INVALID_TRANSITION', refusal)];
  const designated = input.judgeDesignatedOn ?? today;
  if (input.stage === 'ADJUDICATION' && (designated > today || designated < caseFile.stageStartedOn)) {
    return [
      userError(
        'input.judgeDesignatedOn',
        'DATE_OUT_OF_RANGE',
        `The judge's designation falls between the current stage's start (${caseFile.stageStartedOn}) and today.`,
        'SPPA Art. 52(2)',
      ),
    ];
  }
  return [];
}

/**
 * Starting diversion: an eligible case not started at this stage, on a day from the stage's legal
 * trigger to today, and within the rule set's days of that trigger (SPPA Art. 29(1), 42(1), 52(2)).
 */
export function checkDiversionStart(caseFile: CaseFile, startedOn: string, today: string): UserError[] {
  const errors: UserError[] = [];
  if (caseFile.diversionStatus === 'NOT_ELIGIBLE') {
    errors.push(
      userError(
        'input.caseId',
        'NOT_ELIGIBLE',
        `Diversion is not available for this case: threatened term of ${rulesOn(caseFile.offenseDate).diversion.maxThreatenedMonthsExclusive / 12} years or more, or a repeat offence.`,
        'SPPA Art. 7(2)',
      ),
    );
  } else if (caseFile.diversionStatus !== 'NOT_STARTED') {
    errors.push(userError('input.caseId', 'ALREADY_STARTED', `Diversion is ${caseFile.diversionStatus} at this stage.`));
  }
  const clock = diversionClock(caseFile);
  if (startedOn < clock.triggeredOn || startedOn > today) {
    errors.push(
      userError(
        'input.startedOn',
        'DATE_OUT_OF_RANGE',
        `The start must be between the stage's legal trigger (${clock.triggeredOn}) and today.`,
        clock.startArticle,
      ),
    );
  } else if (startedOn > clock.startBy) {
    errors.push(
      userError(
        'input.startedOn',
        'DIVERSION_START_LATE',
        `Diversion must start within ${clock.startDays} days of the legal trigger (${clock.triggeredOn}): by ${clock.startBy} at the latest.`,
        clock.startArticle,
      ),
    );
  }
  return errors;
}

/**
 * The outcome of a diversion in progress, on a day from its start to today; an agreement after the
 * stage's limit is not a diversion agreement (SPPA Art. 29(2), 42(2), 52(3)). The first problem only.
 */
export function checkDiversionOutcome(caseFile: CaseFile, input: RecordDiversionOutcomeInput, today: string): UserError[] {
  if (caseFile.diversionStatus !== 'IN_PROGRESS')
    return [userError('input.caseId', 'NOT_IN_PROGRESS', 'Only a diversion in progress can end.')];
  const clock = diversionClock(caseFile);
  const concludedOn = input.concludedOn ?? today;
  if (concludedOn < caseFile.diversionStartedOn! || concludedOn > today) {
    return [
      userError(
        'input.concludedOn',
        'DATE_OUT_OF_RANGE',
        `The end falls between the start (${caseFile.diversionStartedOn}) and today.`,
      ),
    ];
  }
  if (input.outcome === 'AGREED' && concludedOn > clock.deadline!) {
    return [
      userError(
        'input.concludedOn',
        'DIVERSION_PERIOD_EXCEEDED',
        `Diversion lasts at most ${clock.stageDays} days at a stage: it ended on ${clock.deadline}; record it as FAILED.`,
        clock.limitArticle,
      ),
    ];
  }
  return [];
}

/** A diversion trigger belongs to its stage, falls between the offence and today, and waits for a diversion in progress to end. */
export function checkDiversionTrigger(caseFile: CaseFile, input: RecordDiversionTriggerInput, today: string): UserError[] {
  const expectedStage = input.trigger === 'JUDGE_DESIGNATED' ? 'ADJUDICATION' : 'PRE_ADJUDICATION';
  const errors: UserError[] = [];
  if (caseFile.stage !== expectedStage)
    errors.push(
      userError(
        'input.trigger',
        'WRONG_STAGE',
        `${input.trigger} belongs to the ${expectedStage} stage; the case is ${caseFile.stage}.`,
      ),
    );
  if (input.on > today || input.on < caseFile.offenseDate)
    errors.push(userError('input.on', 'DATE_OUT_OF_RANGE', 'The trigger falls between the offence date and today.'));
  if (caseFile.diversionStatus === 'IN_PROGRESS')
    errors.push(userError('input.caseId', 'DIVERSION_IN_PROGRESS', 'Record the outcome of the diversion in progress first.'));
  return errors;
}
