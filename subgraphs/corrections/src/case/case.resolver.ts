import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { ForbiddenError, NotFoundError } from '@hub/errors';
import { findClient } from '../client/client.service';
import type { CorrectionsContext } from '../context';
import { Client } from '../client/client.entity';
import { CaseFile } from './case.entity';
import { Offense } from './offense.entity';
import { Diversion, diversionOf } from './diversion';

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

/** Resolves `Case` references, batched: visible to whoever may see the client's record. */
export const caseReference = {
  __resolveReference: async (ref: { id: string }, ctx: CorrectionsContext) => {
    const found = await ctx.loaders.caseFile.load(ref.id);
    return found && (await findClient(ctx, found.clientId)) ? found : null;
  },
};
