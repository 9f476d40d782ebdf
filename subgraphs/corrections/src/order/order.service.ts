import { allOf, checkDistrictFilter, keysetPage, type ListOrder, runCommand, writtenPayload } from '@hub/server';
import { randomUUID } from 'node:crypto';
import { dailyCap, jakartaDate, rulesOn } from '@hub/reference';
import { ForbiddenError } from '@hub/errors';
import { userError, userErrorsAt, type ConnectionShape } from '@hub/federation';
import type { GraphQLResolveInfo } from 'graphql';
import type { CorrectionsContext } from '../context';
import { orderReferenceScope, orderScope } from './order.access';
import { CommunityServiceOrder } from './order.entity';
import { CaseFile } from '../case/case.entity';
import { Client } from '../client/client.entity';
import { requireCaseworkOn, requireCaseworkOnRecord } from '../client/client.service';
import { SocialInquiryReport } from '../litmas/litmas.entity';
import type { JudgmentConsiderations } from './considerations.input';
import type { ChangeOrderStatusInput, IssueCommunityServiceOrderInput, OrderFilter } from './order.input';
import { checkIssue, checkOrder, checkOrderStatusChange, fineToHours, orderRulesFor } from './order.rules';

/** One order the viewer may reach, or null. */
export async function findOrder(ctx: CorrectionsContext, id: string): Promise<CommunityServiceOrder | null> {
  const scope = orderScope.where(ctx.viewer, ctx.em);
  if (!scope) return null;
  return ctx.em.findOne(CommunityServiceOrder, { $and: [scope, { id }] });
}

/** Orders are listed by start date; the id breaks ties (keyset paging, see @hub/federation). */
const ORDER_ORDER: ListOrder<CommunityServiceOrder> = {
  alias: 'o',
  key: ['o.start_date', 'o.id'],
  orderBy: { startDate: 'asc', id: 'asc' },
  keyOf: (o) => [o.startDate, o.id],
};

/** A page of the orders the viewer may list; `totalCount` is counted only when `info` selects it. */
export async function listOrders(
  ctx: CorrectionsContext,
  filter: OrderFilter | null | undefined,
  first: number | null | undefined,
  after: string | null | undefined,
  info?: GraphQLResolveInfo,
): Promise<ConnectionShape<CommunityServiceOrder>> {
  checkDistrictFilter('filter.districtCode', filter?.districtCode);
  const where = allOf<CommunityServiceOrder>(
    orderScope.where(ctx.viewer, ctx.em),
    filter?.districtCode && { districtCode: filter.districtCode },
    filter?.status && { status: filter.status },
    filter?.kind && { kind: filter.kind },
  );
  return keysetPage(ctx.em, CommunityServiceOrder, where, ORDER_ORDER, { first, after, info });
}

/** An order reached from another subgraph (a placement's order), by the order reference scope (order.access.ts). */
export async function findOrderReference(ctx: CorrectionsContext, id: string): Promise<CommunityServiceOrder | null> {
  const order = await ctx.loaders.order.load(id);
  return order && (await orderInScope(ctx, order, orderReferenceScope)) ? order : null;
}

/** Whether the viewer may reach this order under a scope, its client's PK read through the loaders when the scope needs it. */
export async function orderInScope(
  ctx: CorrectionsContext,
  order: CommunityServiceOrder,
  scope: typeof orderScope = orderScope,
): Promise<boolean> {
  const client = scope.reads(ctx.viewer).length ? await ctx.loaders.client.load(order.clientId) : null;
  return scope.allows(ctx.viewer, { ...order, clientOfficerId: client?.officerId ?? null });
}

/**
 * Issues a community-service order (assigned PK or head): the kind follows the age at the offence,
 * and every rule of the rule set in force is checked; the case moves to post-adjudication.
 */
export async function issueCommunityServiceOrder(ctx: CorrectionsContext, input: IssueCommunityServiceOrderInput) {
  const result = await runCommand(ctx, {
    name: 'issueCommunityServiceOrder',
    input,
    authorize: async () => {
      const caseFile = await ctx.loaders.caseFile.load(input.caseId);
      if (!caseFile) throw new ForbiddenError('Only the head of Bapas or the PK assigned to this client may do this.');
      return { caseFile, client: await requireCaseworkOn(ctx, caseFile.clientId) };
    },
    facts: async (tx, { caseFile, client }) => {
      const rules = rulesOn(caseFile.offenseDate);
      const litmasId = input.considerations?.litmasReportId;
      return {
        rules,
        orderRules: orderRulesFor(rules, client.birthDate, caseFile.offenseDate).orderRules,
        offense: await ctx.loaders.offense.load(caseFile.offenseId),
        litmas: litmasId ? await tx.findOne(SocialInquiryReport, { id: litmasId, caseId: caseFile.id }) : null,
        consent: input.considerations?.consentAfterExplanation ?? input.consentGiven ?? null,
      };
    },
    validate: ({ caseFile, client }, facts) => [
      ...userErrorsAt(
        'input',
        checkOrder(facts.rules, {
          birthDate: client.birthDate,
          offenseDate: caseFile.offenseDate,
          maxThreatenedMonths: facts.offense!.maxTermMonths,
          orderedHours: input.orderedHours,
          startDate: input.startDate,
          deadline: input.deadline,
          imposedPrisonMonths: input.imposedPrisonMonths ?? null,
          imposedFineRupiah: input.imposedFineRupiah ?? null,
          maxHoursPerDay: input.maxHoursPerDay ?? null,
          unpaidFine: input.unpaidFine ?? null,
        }),
      ),
      ...checkIssue({
        orderRules: facts.orderRules,
        consent: facts.consent,
        litmasSubmitted: input.considerations?.litmasReportId ? !!facts.litmas?.submittedAt : null,
        courtDecisionNumber: input.courtDecisionNumber,
        startDate: input.startDate,
        earliestStart: jakartaDate(new Date(Date.now() - 366 * 86_400_000)),
      }),
    ],
    persist: async (tx, { caseFile, client }, { rules, orderRules, litmas, consent }) => {
      const conversion = input.unpaidFine ? fineToHours(rules, input.unpaidFine.fineRupiah, input.unpaidFine.paidRupiah) : null;
      const cap = dailyCap(orderRules, input.maxHoursPerDay);
      const order = tx.create(CommunityServiceOrder, {
        id: randomUUID(),
        clientId: client.id,
        caseId: caseFile.id,
        districtCode: client.districtCode,
        kind: orderRules.kind,
        orderedHours: input.orderedHours,
        maxHoursPerDay: cap.hours,
        dailyCapSource: cap.source,
        replacedPrisonMonths: input.imposedPrisonMonths ?? null,
        replacedFineRupiah: conversion ? conversion.unpaidRupiah : (input.imposedFineRupiah ?? null),
        fineConversion: conversion
          ? `Seizure or auction did not cover the fine (KUHP Art. 82(1)). ${conversion.explanation}`
          : null,
        considerations: considerationsOf(input, consent, litmas),
        startDate: input.startDate,
        deadline: input.deadline,
        courtDecisionNumber: input.courtDecisionNumber.trim(),
        status: 'PENDING_PLACEMENT',
      });
      await tx.nativeUpdate(CaseFile, { id: caseFile.id }, { stage: 'POST_ADJUDICATION' });
      await tx.nativeUpdate(Client, { id: client.id }, { status: 'POST_ADJUDICATION' });
      return order.id;
    },
  });
  return writtenPayload(ctx.em, result, 'communityServiceOrder', CommunityServiceOrder);
}

/** The judgment's considerations as recorded on the order (KUHP Art. 85(2)), with the Litmas relied on. */
function considerationsOf(
  input: IssueCommunityServiceOrderInput,
  consent: boolean | null,
  litmas: SocialInquiryReport | null,
): JudgmentConsiderations | null {
  const c = input.considerations;
  if (!c && consent === null) return null;
  return {
    admission: c?.admission ?? null,
    workAbility: c?.workAbility ?? null,
    consentAfterExplanation: consent,
    socialHistory: c?.socialHistory ?? null,
    workSafety: c?.workSafety ?? null,
    religionAndBelief: c?.religionAndBelief ?? null,
    abilityToPayFine: c?.abilityToPayFine ?? null,
    litmasReportId: litmas?.id ?? null,
    litmasRecommendation: litmas?.recommendation ?? null,
  };
}

/** Moves an order along its lifecycle (assigned PK or head). */
export async function changeOrderStatus(ctx: CorrectionsContext, input: ChangeOrderStatusInput) {
  const result = await runCommand(ctx, {
    name: 'changeOrderStatus',
    input,
    authorize: () => requireCaseworkOnRecord(ctx, CommunityServiceOrder, input.orderId),
    validate: (order) => checkOrderStatusChange(order, input.status),
    persist: (_tx, order) => {
      order.status = input.status;
      return order.id;
    },
  });
  return { communityServiceOrder: result.id ? result.target : null, userErrors: result.userErrors };
}

const PRECONDITION =
  'KUHP Art. 82(1): only a fine of at most category II that was not paid and that seizure or auction of assets did not cover, or could not.';

/** An unpaid fine converted to hours at the statutory rate (KUHP Art. 82(4)), after part-payment (Art. 82(3)), with its arithmetic. */
export function convertFine(fineRupiah: number, paidRupiah: number, on: string | null) {
  const rules = rulesOn(on ?? jakartaDate(new Date()));
  if (fineRupiah <= 0) {
    return {
      fineRupiah,
      paidRupiah,
      precondition: PRECONDITION,
      hours: null,
      explanation: 'Nothing to convert.',
      userErrors: [userError('fineRupiah', 'FINE_NOT_POSITIVE', 'The fine must be more than Rp0.')],
    };
  }
  const { hours, explanation, violations } = fineToHours(rules, fineRupiah, paidRupiah);
  return {
    fineRupiah,
    paidRupiah,
    precondition: PRECONDITION,
    hours: violations.length ? null : hours,
    explanation,
    userErrors: violations,
  };
}
