import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { NotFoundError } from '@hub/errors';
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
    const client = await ctx.loaders.client.load(caseFile.clientId);
    if (!client) throw new NotFoundError('The client of this case');
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

/** Resolves `Case` references from other subgraphs, batched. */
export const caseReference = {
  __resolveReference: (ref: { id: string }, ctx: CorrectionsContext) => ctx.loaders.caseFile.load(ref.id),
};
