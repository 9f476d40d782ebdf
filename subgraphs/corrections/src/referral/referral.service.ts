import { keysetPage, type ListOrder, runCommand, writtenPayload } from '@hub/server';
import { randomUUID } from 'node:crypto';
import type { FilterQuery } from '@mikro-orm/postgresql';
import type { GraphQLResolveInfo } from 'graphql';
import { hasAnyRole } from '@hub/auth';
import { ForbiddenError, NotFoundError } from '@hub/errors';
import { isDistrictCode, jakartaDate } from '@hub/reference';
import { sharingRefusal } from '../agreement/agreement.entity';
import { findClient, requireCaseworkOn } from '../client/client.service';
import type { CorrectionsContext } from '../context';
import { Referral } from './referral.entity';
import type { CloseDeclinedReferralInput, ReferClientInput, ReferralFilter, WithdrawReferralInput } from './referral.input';
import { checkDeclineReason, checkReferral, checkWithdrawal, referralNotFound, referralNotOpen } from './referral.rules';

const CHILD_PROTECTION = ['CASE_MANAGER', 'CASEWORKER', 'PSYCHOLOGIST'] as const;

/** Refers a client to DP3AP2KB (assigned PK or head): this shares the child's identity with the district while it is open. */
export async function referClient(ctx: CorrectionsContext, input: ReferClientInput) {
  const result = await runCommand(ctx, {
    name: 'referClient',
    input,
    authorize: () => requireCaseworkOn(ctx, input.clientId),
    facts: async (tx, client) => {
      const district = input.districtCode ?? client.districtCode;
      return {
        district,
        // Sending a referral shares the child's identity: only under an agreement in force for that district.
        sharingRefusal: isDistrictCode(district)
          ? sharingRefusal(await ctx.loaders.agreements.load('all'), jakartaDate(new Date()), district)
          : null,
        alreadyOpen: (await tx.count(Referral, { clientId: client.id, toAgency: 'DP3AP2KB', status: 'OPEN' })) > 0,
        officerId: ctx.viewer.officerId ?? client.officerId,
      };
    },
    validate: (client, facts) => checkReferral(input, client, facts),
    persist: (tx, client, { district, officerId }) =>
      tx.create(Referral, {
        id: randomUUID(),
        clientId: client.id,
        toAgency: 'DP3AP2KB',
        districtCode: district,
        services: input.services,
        reason: input.reason.trim(),
        sentAt: new Date(),
        sentByOfficerId: officerId!,
        status: 'OPEN',
        withdrawnAt: null,
        withdrawalReason: null,
      }).id,
  });
  return writtenPayload(ctx.em, result, 'referral', Referral);
}

/** Withdraws an open referral (assigned PK or head): the sharing of the identity ends. */
export async function withdrawReferral(ctx: CorrectionsContext, input: WithdrawReferralInput) {
  const result = await runCommand(ctx, {
    name: 'withdrawReferral',
    input,
    authorize: async () => {
      const found = await ctx.em.findOne(Referral, { id: input.referralId });
      if (!found) throw new NotFoundError('The referral');
      await requireCaseworkOn(ctx, found.clientId);
      return found;
    },
    validate: () => checkWithdrawal(input.reason),
    persist: async (tx, found) => {
      // Conditional update: a withdrawal racing an acceptance changes only a referral that is still open.
      const changed = await tx.nativeUpdate(
        Referral,
        { id: found.id, status: 'OPEN' },
        { status: 'WITHDRAWN', withdrawnAt: new Date(), withdrawalReason: input.reason.trim() },
      );
      return changed ? found.id : [referralNotOpen(found.status, 'withdrawn')];
    },
  });
  const referral = result.id ? await ctx.em.findOne(Referral, { id: result.id }, { refresh: true }) : null;
  return { referral, userErrors: result.userErrors, replayed: false };
}

/**
 * Closes an open referral to DP3AP2KB that a case manager of the referred district declined: the
 * sharing of the child's identity ends. A retry returns the closed referral (replayed); another
 * district's referral is "not found".
 */
export async function closeDeclinedReferral(ctx: CorrectionsContext, input: CloseDeclinedReferralInput) {
  const closedOnDecline = (r: Referral | null): boolean => r?.status === 'CLOSED' && !!r.closedAt;
  let closedMeanwhile = false;
  const result = await runCommand(ctx, {
    name: 'closeDeclinedReferral',
    input,
    authorize: async () => {
      if (!hasAnyRole(ctx.viewer, 'CASE_MANAGER')) throw new ForbiddenError('Referrals are declined by a case manager.');
      return ctx.em.findOne(Referral, { id: input.referralId });
    },
    earlier: (found) => {
      // Another district's referral is "not found": the caller learns nothing about it.
      if (!found || found.toAgency !== 'DP3AP2KB' || !ctx.viewer.districts.includes(found.districtCode))
        return { id: null, userErrors: [referralNotFound()], replayed: false };
      return closedOnDecline(found) ? { id: found.id, userErrors: [], replayed: true } : null;
    },
    validate: () => checkDeclineReason(input.reason),
    persist: async (tx, found) => {
      // Conditional update: a decline racing a withdrawal changes only a referral that is still open.
      const changed = await tx.nativeUpdate(
        Referral,
        { id: found!.id, status: 'OPEN' },
        { status: 'CLOSED', closedAt: new Date(), closedBy: ctx.viewer.userId, closureReason: input.reason.trim() },
      );
      if (changed) return found!.id;
      const now = await tx.findOne(Referral, { id: found!.id }, { refresh: true });
      // Closed meanwhile by the same decline sent twice: the first closing stands.
      if (!closedOnDecline(now)) return [referralNotOpen(now?.status ?? found!.status, 'closed')];
      closedMeanwhile = true;
      return now!.id;
    },
  });
  const referral = result.id ? await ctx.em.findOne(Referral, { id: result.id }, { refresh: true }) : null;
  return { referral, userErrors: result.userErrors, replayed: result.replayed || closedMeanwhile };
}

/** One referral: for DP3AP2KB staff of the referred district, and for whoever may see the client at Bapas. */
export async function findReferral(ctx: CorrectionsContext, id: string): Promise<Referral | null> {
  const found = await ctx.loaders.referral.load(id);
  if (!found) return null;
  if (hasAnyRole(ctx.viewer, ...CHILD_PROTECTION)) return ctx.viewer.districts.includes(found.districtCode) ? found : null;
  return (await findClient(ctx, found.clientId)) ? found : null;
}

/** Referrals to DP3AP2KB for the viewer's own districts (DP3AP2KB staff), newest first. */
export async function listIncomingReferrals(
  ctx: CorrectionsContext,
  filter: ReferralFilter | null | undefined,
  first: number | null | undefined,
  after: string | null | undefined,
  info: GraphQLResolveInfo,
) {
  if (!hasAnyRole(ctx.viewer, ...CHILD_PROTECTION)) throw new ForbiddenError('Incoming referrals are for DP3AP2KB staff.');
  const where: FilterQuery<Referral> = {
    toAgency: 'DP3AP2KB',
    districtCode: { $in: ctx.viewer.districts },
    status: filter?.status ?? 'OPEN',
  };
  // Newest first; the id breaks ties in the same direction, so one index serves the seek.
  return keysetPage(ctx.em, Referral, where, INCOMING_ORDER, { first, after, info });
}

const INCOMING_ORDER: ListOrder<Referral> = {
  alias: 'r',
  key: ['r.sent_at', 'r.id'],
  orderBy: { sentAt: 'desc', id: 'desc' },
  keyOf: (r) => [r.sentAt.toISOString(), r.id],
  direction: 'desc',
};
