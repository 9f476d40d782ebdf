import { mutation, mutationsOf } from '@hub/server';
import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { ForbiddenError, NotFoundError } from '@hub/errors';
import { findClient } from '../client/client.service';
import type { CorrectionsContext } from '../context';
import { Client } from '../client/client.entity';
import { CaseFile } from './case.entity';
import { Offense } from './offense.entity';
import { Diversion, diversionOf } from './diversion.rules';
import {
  AdvanceCaseStageInput,
  CasePayload,
  OpenCaseInput,
  OpenCasePayload,
  RecordDiversionOutcomeInput,
  RecordDiversionTriggerInput,
  StartDiversionInput,
} from './case.input';
import { advanceCaseStage, openCase, recordDiversionOutcome, recordDiversionTrigger, startDiversion } from './case.service';

async function offenseOf(caseFile: CaseFile, ctx: CorrectionsContext): Promise<Offense> {
  const offense = await ctx.loaders.offense.load(caseFile.offenseId);
  if (!offense) throw new NotFoundError('The offence of this case');
  return offense;
}

@Resolver(() => CaseFile)
export class CaseResolver {
  @FieldResolver(() => Client, { description: 'The client the case is about.' })
  async client(@Root() caseFile: CaseFile, @Ctx() ctx: CorrectionsContext): Promise<Client> {
    const client = await findClient(ctx, caseFile.clientId);
    if (!client) throw new ForbiddenError('You may not see the client of this case.');
    return client;
  }

  @FieldResolver(() => Offense, { description: 'The offence charged (*tindak pidana*).' })
  offense(@Root() caseFile: CaseFile, @Ctx() ctx: CorrectionsContext): Promise<Offense> {
    return offenseOf(caseFile, ctx);
  }

  @FieldResolver(() => Diversion, { description: 'Diversion eligibility (computed, SPPA Art. 7) and progress.' })
  async diversion(@Root() caseFile: CaseFile, @Ctx() ctx: CorrectionsContext): Promise<Diversion> {
    return diversionOf(caseFile, await offenseOf(caseFile, ctx));
  }
}

export const CaseMutations = mutationsOf<CorrectionsContext>({
  openCase: mutation(
    OpenCasePayload,
    OpenCaseInput,
    openCase,
    'Opens a case for a client (assigned PK or head); diversion eligibility follows from the offence.',
  ),
  advanceCaseStage: mutation(
    CasePayload,
    AdvanceCaseStageInput,
    advanceCaseStage,
    "Moves the case to its next stage; at adjudication diversion is due again within 7 days of the judge's designation (SPPA Art. 52(2)).",
  ),
  startDiversion: mutation(
    CasePayload,
    StartDiversionInput,
    startDiversion,
    'Records the start of diversion; it must start within 7 days of the legal trigger (SPPA Art. 29(1), 42(1), 52(2)) and lasts at most 30 days (Art. 29(2), 42(2), 52(3)).',
  ),
  recordDiversionOutcome: mutation(
    CasePayload,
    RecordDiversionOutcomeInput,
    recordDiversionOutcome,
    'Records the outcome of a diversion in progress.',
  ),
  recordDiversionTrigger: mutation(
    CasePayload,
    RecordDiversionTriggerInput,
    recordDiversionTrigger,
    "Records the legal trigger of the stage's diversion clock, e.g. the prosecutor receiving the case file (SPPA Art. 42(1)); a diversion that failed at the previous step is due again.",
  ),
});

/** Resolves `Case` references, batched: visible to whoever may see the client's record. */
export const caseReference = {
  __resolveReference: async (ref: { id: string }, ctx: CorrectionsContext) => {
    const found = await ctx.loaders.caseFile.load(ref.id);
    return found && (await findClient(ctx, found.clientId)) ? found : null;
  },
};
