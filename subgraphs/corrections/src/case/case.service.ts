import { randomUUID } from 'node:crypto';
import type { UserError } from '@hub/federation';
import { diversionEligibility, jakartaDate, rulesOn } from '@hub/reference';
import { runCommand, writtenPayload } from '@hub/server';
import { Client } from '../client/client.entity';
import { requireCaseworkOn, requireCaseworkOnRecord } from '../client/client.service';
import type { CorrectionsContext } from '../context';
import { CaseFile } from './case.entity';
import type {
  AdvanceCaseStageInput,
  OpenCaseInput,
  RecordDiversionOutcomeInput,
  RecordDiversionTriggerInput,
  StartDiversionInput,
} from './case.input';
import {
  checkDiversionOutcome,
  checkDiversionStart,
  checkDiversionTrigger,
  checkOpenCase,
  checkStageAdvance,
  validCaseNumber,
} from './case.rules';
import { Offense } from './offense.entity';

/** Opens a case for a client (assigned PK or head); diversion eligibility follows from the offence (SPPA Art. 7(2)). */
export async function openCase(ctx: CorrectionsContext, input: OpenCaseInput) {
  const today = jakartaDate(new Date());
  const result = await runCommand(ctx, {
    name: 'openCase',
    input,
    authorize: () => requireCaseworkOn(ctx, input.clientId),
    facts: async (tx) => {
      const offense = await tx.findOne(Offense, { code: input.offenseCode });
      const catalogue = offense
        ? []
        : (await tx.find(Offense, {}, { fields: ['code'], orderBy: { code: 'asc' } })).map((o) => o.code);
      const numberTaken = validCaseNumber(input.caseNumber) && (await tx.count(CaseFile, { caseNumber: input.caseNumber })) > 0;
      return { offense, catalogue, numberTaken, today };
    },
    validate: (client, facts) => checkOpenCase(input, client, facts),
    persist: async (tx, client, { offense }) => {
      const { eligible } = diversionEligibility(rulesOn(input.offenseDate), offense!.maxTermMonths, input.repeatOffense);
      const created = tx.create(CaseFile, {
        id: randomUUID(),
        caseNumber: input.caseNumber,
        clientId: client.id,
        offenseId: offense!.id,
        offenseDate: input.offenseDate,
        stage: 'PRE_ADJUDICATION',
        repeatOffense: input.repeatOffense,
        diversionStatus: eligible ? 'NOT_STARTED' : 'NOT_ELIGIBLE',
        diversionStartedOn: null,
        stageStartedOn: today,
        diversionTrigger: 'INVESTIGATION_STARTED',
        diversionTriggeredOn: input.investigationStartedOn ?? today,
      });
      if (client.status === 'REGISTERED') await tx.nativeUpdate(Client, { id: client.id }, { status: 'PRE_ADJUDICATION' });
      return created.id;
    },
  });
  return writtenPayload(ctx.em, result, 'case', CaseFile);
}

/** A change to a case by the head or the client's PK (the same answer for a case that does not exist). */
async function changeCase(
  ctx: CorrectionsContext,
  name: string,
  caseId: string,
  steps: { validate: (caseFile: CaseFile, today: string) => UserError[]; apply: (caseFile: CaseFile, today: string) => void },
) {
  const today = jakartaDate(new Date());
  const result = await runCommand(ctx, {
    name,
    input: { caseId },
    authorize: () => requireCaseworkOnRecord(ctx, CaseFile, caseId),
    validate: (caseFile) => steps.validate(caseFile, today),
    persist: (_tx, caseFile) => {
      steps.apply(caseFile, today);
      return caseFile.id;
    },
  });
  return { case: result.id ? result.target : null, userErrors: result.userErrors };
}

/** Moves the case to its next stage; at adjudication diversion is due again within 7 days of the judge's designation. */
export function advanceCaseStage(ctx: CorrectionsContext, input: AdvanceCaseStageInput) {
  return changeCase(ctx, 'advanceCaseStage', input.caseId, {
    validate: (caseFile, today) => checkStageAdvance(caseFile, input, today),
    apply: (caseFile, today) => {
      caseFile.stage = input.stage;
      caseFile.stageStartedOn = today;
      if (input.stage === 'ADJUDICATION') {
        caseFile.diversionTrigger = 'JUDGE_DESIGNATED';
        caseFile.diversionTriggeredOn = input.judgeDesignatedOn ?? today;
      }
      // Diversion is sought at each stage (SPPA Art. 7(1)); one that failed is due again at the next.
      if (caseFile.diversionStatus === 'FAILED' && input.stage === 'ADJUDICATION') {
        caseFile.diversionStatus = 'NOT_STARTED';
        caseFile.diversionStartedOn = null;
      }
    },
  });
}

/** Records the start of diversion, within the days the rule set allows after the legal trigger. */
export function startDiversion(ctx: CorrectionsContext, input: StartDiversionInput) {
  return changeCase(ctx, 'startDiversion', input.caseId, {
    validate: (caseFile, today) => checkDiversionStart(caseFile, input.startedOn, today),
    apply: (caseFile) => {
      caseFile.diversionStatus = 'IN_PROGRESS';
      caseFile.diversionStartedOn = input.startedOn;
    },
  });
}

/** Records the outcome of a diversion in progress. */
export function recordDiversionOutcome(ctx: CorrectionsContext, input: RecordDiversionOutcomeInput) {
  return changeCase(ctx, 'recordDiversionOutcome', input.caseId, {
    validate: (caseFile, today) => checkDiversionOutcome(caseFile, input, today),
    apply: (caseFile) => (caseFile.diversionStatus = input.outcome),
  });
}

/** Records the legal trigger of the stage's diversion clock; a diversion that failed at the previous step is due again. */
export function recordDiversionTrigger(ctx: CorrectionsContext, input: RecordDiversionTriggerInput) {
  return changeCase(ctx, 'recordDiversionTrigger', input.caseId, {
    validate: (caseFile, today) => checkDiversionTrigger(caseFile, input, today),
    apply: (caseFile) => {
      caseFile.diversionTrigger = input.trigger;
      caseFile.diversionTriggeredOn = input.on;
      if (caseFile.diversionStatus === 'FAILED') {
        caseFile.diversionStatus = 'NOT_STARTED';
        caseFile.diversionStartedOn = null;
      }
    },
  });
}
