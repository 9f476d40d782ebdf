import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { ForbiddenError, NotFoundError } from '@hub/errors';
import type { CorrectionsContext } from '../context';
import { Client } from '../client/client.entity';
import { findClient } from '../client/client.service';
import { Officer } from '../officer/officer.entity';
import { Referral } from './referral.entity';

@Resolver(() => Referral)
export class ReferralResolver {
  @FieldResolver(() => Client, { description: 'The client referred.' })
  async client(@Root() referral: Referral, @Ctx() ctx: CorrectionsContext): Promise<Client> {
    const client = await findClient(ctx, referral.clientId);
    if (!client) throw new ForbiddenError('You may not see the client of this referral.');
    return client;
  }

  @FieldResolver(() => Officer, { description: 'The PK who sent it.' })
  async sentBy(@Root() referral: Referral, @Ctx() ctx: CorrectionsContext): Promise<Officer> {
    const officer = await ctx.loaders.officer.load(referral.sentByOfficerId);
    if (!officer) throw new NotFoundError('The officer who sent this referral');
    return officer;
  }
}

/** Resolves `Referral` references, batched: visible to whoever may see the client's record. */
export const referralReference = {
  __resolveReference: async (ref: { id: string }, ctx: CorrectionsContext) => {
    const referral = await ctx.loaders.referral.load(ref.id);
    return referral && (await findClient(ctx, referral.clientId)) ? referral : null;
  },
};
