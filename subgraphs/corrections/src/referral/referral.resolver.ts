import { mutation, mutationsOf } from '@hub/server';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { ForbiddenError, NotFoundError } from '@hub/errors';
import type { CorrectionsContext } from '../context';
import { Client } from '../client/client.entity';
import { findClient } from '../client/client.service';
import { Officer } from '../officer/officer.entity';
import { Referral } from './referral.entity';
import {
  CloseDeclinedReferralInput,
  CloseDeclinedReferralPayload,
  IncomingReferralsArgs,
  ReferClientInput,
  ReferralConnection,
  ReferralPayload,
  WithdrawReferralInput,
} from './referral.input';
import { closeDeclinedReferral, findReferral, listIncomingReferrals, referClient, withdrawReferral } from './referral.service';

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

@Resolver()
export class ReferralQueries {
  @Query(() => Referral, {
    nullable: true,
    description: 'One referral: for DP3AP2KB staff of the referred district, and for whoever may see the client at Bapas.',
  })
  referral(@Arg('id', () => ID) id: string, @Ctx() ctx: CorrectionsContext): Promise<Referral | null> {
    return findReferral(ctx, id);
  }

  @Query(() => ReferralConnection, {
    description: "Referrals to DP3AP2KB for the viewer's own districts (case managers and caseworkers), newest first.",
  })
  async incomingReferrals(
    @Args() { filter, first, after }: IncomingReferralsArgs,
    @Ctx() ctx: CorrectionsContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ReferralConnection> {
    return (await listIncomingReferrals(ctx, filter, first, after, info)) as ReferralConnection;
  }
}

export const ReferralMutations = mutationsOf<CorrectionsContext>({
  referClient: mutation(
    ReferralPayload,
    ReferClientInput,
    referClient,
    'Refers a client to DP3AP2KB (assigned PK or head); one open referral per client and agency.',
  ),
  withdrawReferral: mutation(
    ReferralPayload,
    WithdrawReferralInput,
    withdrawReferral,
    'Withdraws an open referral (assigned PK or head): the sharing of the identity ends.',
  ),
  closeDeclinedReferral: mutation(
    CloseDeclinedReferralPayload,
    CloseDeclinedReferralInput,
    closeDeclinedReferral,
    "Closes an open referral to DP3AP2KB that a case manager of the referred district declined: the sharing of the child's identity ends. A retry returns the closed referral.",
  ),
});

/** Resolves `Referral` references, batched: visible to whoever may see the client's record. */
export const referralReference = {
  __resolveReference: async (ref: { id: string }, ctx: CorrectionsContext) => {
    const referral = await ctx.loaders.referral.load(ref.id);
    return referral && (await findClient(ctx, referral.clientId)) ? referral : null;
  },
};
