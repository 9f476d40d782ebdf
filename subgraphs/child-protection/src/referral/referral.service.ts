import { randomUUID } from 'node:crypto';
import { hasAnyRole } from '@hub/auth';
import { ForbiddenError, HubError } from '@hub/errors';
import { userError } from '@hub/federation';
import { initialsOf } from '@hub/reference';
import { askGateway, GATEWAY_OPERATIONS, runCommand } from '@hub/server';
import type { ChildProtectionContext } from '../context';
import { Caseworker } from '../caseworker/caseworker.entity';
import { ProtectionCase } from '../protection-case/protection-case.entity';
import { nextCaseNumber } from '../protection-case/protection-case.service';
import { responseInScope } from './referral.access';
import type { AcceptReferralInput, DeclineReferralInput } from './referral.input';
import { ReferralResponse } from './referral-response.entity';
import { checkAnswerable, checkDeclineReason, referralNotFound, type ReferralFacts } from './referral.rules';

const CLOSE_DECLINED = GATEWAY_OPERATIONS.CloseDeclinedReferral;

interface CloseDeclinedResult {
  closeDeclinedReferral: { referral: { id: string; status: string } | null; userErrors: Array<{ code: string }> } | null;
}

/**
 * Asks Bapas (the owner, through the gateway, as the caller) to close a declined referral, so that
 * DP3AP2KB keeps no full view of a child it declined (DOMAIN.md §4 principle 3). A referral Bapas
 * withdrew meanwhile has ended the sharing too. Anything else is refused loudly: the decline stays
 * recorded and sending it again finishes the closing.
 */
export async function endSharing(ctx: ChildProtectionContext, referralId: string, reason: string): Promise<void> {
  const unfinished = () =>
    new HubError(
      'SERVICE_UNAVAILABLE',
      "The decline is recorded, but Bapas did not confirm that the referral is closed, so the child's identity may still be shared; send the decline again to finish.",
    );
  let result: CloseDeclinedResult['closeDeclinedReferral'] = null;
  try {
    const { data } = await askGateway<CloseDeclinedResult>(ctx.gatewayUrl, ctx.token, ctx.correlationId, CLOSE_DECLINED, {
      input: { referralId, reason },
    });
    result = data?.closeDeclinedReferral ?? null;
  } catch {
    throw unfinished();
  }
  if (result?.referral?.status === 'CLOSED') return;
  if (result?.userErrors.some((e) => e.code === 'REFERRAL_NOT_OPEN')) return;
  throw unfinished();
}

/** The referral's facts, fetched through the gateway with the caller's token (Bapas shows only the caller's districts'). */
async function factsOf(ctx: ChildProtectionContext, referralId: string): Promise<ReferralFacts | null> {
  const { data } = await askGateway<{ referral: ReferralFacts | null }>(
    ctx.gatewayUrl,
    ctx.token,
    ctx.correlationId,
    GATEWAY_OPERATIONS.ReferralFacts,
    { id: referralId },
  );
  return data?.referral ?? null;
}

/** The response already given to a referral, if any: the caller's to see only for its own districts. */
async function earlierResponse(ctx: ChildProtectionContext, referralId: string) {
  const existing = await ctx.em.findOne(ReferralResponse, { referralId });
  return { existing, outOfScope: !!existing && !responseInScope(ctx.viewer, existing) };
}

/**
 * Accepts an open referral for the case manager's district: a protection case is opened for the
 * child, once (an accepted referral answers as a replay; a declined one says so).
 */
export async function acceptReferral(ctx: ChildProtectionContext, input: AcceptReferralInput) {
  const result = await runCommand(ctx, {
    name: 'acceptReferral',
    input,
    authorize: async () => {
      if (!hasAnyRole(ctx.viewer, 'CASE_MANAGER')) throw new ForbiddenError('Referrals are accepted by a case manager.');
      const earlier = await earlierResponse(ctx, input.referralId);
      return { ...earlier, facts: earlier.existing ? null : await factsOf(ctx, input.referralId) };
    },
    earlier: ({ existing, outOfScope }) => {
      if (outOfScope) return { id: null, userErrors: [referralNotFound()], replayed: false };
      if (!existing) return null;
      const declined = existing.decision !== 'ACCEPTED';
      return {
        id: existing.id,
        userErrors: declined ? [userError('input.referralId', 'ALREADY_DECLINED', 'This referral was declined.')] : [],
        replayed: true,
      };
    },
    facts: async (tx, { facts }) =>
      !checkAnswerable(facts) && input.caseworkerId ? !!(await tx.findOne(Caseworker, { id: input.caseworkerId })) : true,
    validate: ({ facts }, caseworkerKnown) => {
      const refusal = checkAnswerable(facts);
      if (refusal) return [refusal];
      return caseworkerKnown ? [] : [userError('input.caseworkerId', 'UNKNOWN_CASEWORKER', 'No caseworker with this id.')];
    },
    persist: async (tx, target) => {
      const facts = target.facts!;
      // One response per referral (a unique index): a second accept, even at the same moment, waits here and then finds the first.
      await tx.execute('select pg_advisory_xact_lock(hashtextextended(?, 0))', [`referral:${facts.id}`]);
      if (await tx.findOne(ReferralResponse, { referralId: facts.id }))
        return [userError('input.referralId', 'ALREADY_ANSWERED', 'The referral was answered meanwhile.')];
      const now = new Date();
      const pc = tx.create(ProtectionCase, {
        id: randomUUID(),
        caseNumber: await nextCaseNumber(tx, facts.client.district.code, now),
        childRole: 'IN_CONFLICT',
        clientId: facts.client.id,
        childAlias: initialsOf(facts.client.displayName),
        childSex: facts.client.sex as 'MALE' | 'FEMALE',
        childAgeBand: facts.client.ageBand as never,
        districtCode: facts.client.district.code,
        concerns: [],
        riskLevel: input.riskLevel,
        status: 'INTAKE',
        caseworkerId: input.caseworkerId ?? null,
        openedAt: now,
        closedAt: null,
        referralId: facts.id,
        emergencyServices: input.riskLevel === 'HIGH',
      });
      // The case row first: the response refers to it (plain foreign-key columns give the unit of work no order).
      await tx.flush();
      const response = tx.create(ReferralResponse, {
        id: randomUUID(),
        referralId: facts.id,
        decision: 'ACCEPTED',
        decidedBy: ctx.viewer.userId,
        decidedAt: now,
        reason: null,
        protectionCaseId: pc.id,
        referralSnapshot: facts as unknown as Record<string, unknown>,
      });
      await tx.flush();
      // A withdrawal may have raced this acceptance: check again before committing, and undo if so.
      const again = await factsOf(ctx, facts.id);
      if (!again || again.status !== 'OPEN') {
        return [
          userError(
            'input.referralId',
            'REFERRAL_WITHDRAWN',
            'Bapas withdrew the referral while it was being accepted; nothing was opened.',
          ),
        ];
      }
      return response.id;
    },
  });
  return { response: await responseOf(ctx, result), userErrors: result.userErrors, replayed: result.replayed };
}

/**
 * Declines an open referral, with the reason (case manager): the decline is recorded, then Bapas
 * closes the referral through the gateway, which ends the sharing of the child's identity. Sending it
 * again after an outage finishes the closing.
 */
export async function declineReferral(ctx: ChildProtectionContext, input: DeclineReferralInput) {
  const result = await runCommand(ctx, {
    name: 'declineReferral',
    input,
    authorize: async () => {
      if (!hasAnyRole(ctx.viewer, 'CASE_MANAGER')) throw new ForbiddenError('Referrals are declined by a case manager.');
      const earlier = await earlierResponse(ctx, input.referralId);
      const ask = !earlier.existing && !checkDeclineReason(input.reason).length;
      return { ...earlier, facts: ask ? await factsOf(ctx, input.referralId) : null };
    },
    earlier: async ({ existing, outOfScope }) => {
      if (outOfScope) return { id: null, userErrors: [referralNotFound()], replayed: false };
      if (existing?.decision === 'DECLINED') {
        // A retry (perhaps after Bapas was unreachable): make sure the sharing has ended, write nothing new.
        await endSharing(ctx, existing.referralId, existing.reason ?? input.reason);
        return { id: existing.id, userErrors: [], replayed: true };
      }
      if (existing)
        return {
          id: null,
          userErrors: [userError('input.referralId', 'ALREADY_ANSWERED', 'The referral was already answered.')],
          replayed: false,
        };
      return null;
    },
    validate: ({ facts }) => {
      const errors = checkDeclineReason(input.reason);
      const refusal = errors.length ? null : checkAnswerable(facts);
      return refusal ? [refusal] : errors;
    },
    // The decline is recorded first (its own commit), so that a failure to reach Bapas after it leaves
    // a decline to finish by retrying, never a referral closed with no answer on record.
    persist: (tx, { facts }) =>
      tx.create(ReferralResponse, {
        id: randomUUID(),
        referralId: facts!.id,
        decision: 'DECLINED',
        decidedBy: ctx.viewer.userId,
        decidedAt: new Date(),
        reason: input.reason.trim(),
        protectionCaseId: null,
        referralSnapshot: facts as unknown as Record<string, unknown>,
      }).id,
    then: async (_id, { facts }) => {
      await endSharing(ctx, facts!.id, input.reason.trim());
      return [];
    },
  });
  return { response: await responseOf(ctx, result), userErrors: result.userErrors, replayed: result.replayed };
}

async function responseOf(ctx: ChildProtectionContext, result: { id: string | null }) {
  return result.id ? ctx.em.findOne(ReferralResponse, { id: result.id }) : null;
}
