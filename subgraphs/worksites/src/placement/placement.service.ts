import { randomUUID } from 'node:crypto';
import { LockMode } from '@mikro-orm/postgresql';
import { hasAnyRole } from '@hub/auth';
import { ForbiddenError } from '@hub/errors';
import { userError, type UserError } from '@hub/federation';
import { addDays, initialsOf, jakartaDate } from '@hub/reference';
import { askGateway, GATEWAY_OPERATIONS, runCommand, writtenPayload } from '@hub/server';
import type { WorksitesContext } from '../context';
import { WorkSite } from '../site/site.entity';
import { Placement } from './placement.entity';
import { canManagePlacement } from './placement.access';
import type { EndPlacementInput, PlaceOrderInput } from './placement.input';
import { checkEndPlacement, checkPlacement, isChildOrder, type PlacedOrder } from './placement.rules';

/**
 * Places an order at a site (PK or head). The order's facts come from Bapas through the gateway with
 * the caller's token (Bapas shows only an order the caller may place) and are kept as a snapshot; an
 * order already placed moves, its hours carried along; a pending order becomes ACTIVE at Bapas.
 */
export async function placeOrder(ctx: WorksitesContext, input: PlaceOrderInput) {
  const result = await runCommand(ctx, {
    name: 'placeOrder',
    input,
    authorize: async () => {
      if (!hasAnyRole(ctx.viewer, 'PK_OFFICER', 'BAPAS_HEAD'))
        throw new ForbiddenError('Only a PK or the head of Bapas places orders.');
      const { data } = await askGateway<{ communityServiceOrder: PlacedOrder | null }>(
        ctx.gatewayUrl,
        ctx.token,
        ctx.correlationId,
        GATEWAY_OPERATIONS.PlacementOrderFacts,
        { id: input.orderId },
      );
      return data?.communityServiceOrder ?? null;
    },
    facts: async (tx, order) => {
      if (!order) return { order, site: null, activeAtSite: 0, startDate: input.startDate };
      // The site row is locked so that two placements at once cannot both take its last place.
      const site = await tx.findOne(WorkSite, { id: input.siteId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      const activeAtSite = site ? await tx.count(Placement, { siteId: site.id, status: 'ACTIVE' }) : 0;
      return { order, site, activeAtSite, startDate: input.startDate };
    },
    validate: (_order, facts) => checkPlacement(facts),
    persist: async (tx, _order, { order, site }) => {
      // A move: the current placement ends the day before; the ledger follows the order, so hours carry along.
      await tx.nativeUpdate(
        Placement,
        { orderId: order!.id, status: 'ACTIVE' },
        { status: 'TRANSFERRED', endDate: addDays(input.startDate, -1) },
      );
      return tx.create(Placement, snapshotOf(order!, site!.id, input)).id;
    },
    then: async (_id, order) => (order?.status === 'PENDING_PLACEMENT' ? activateAtBapas(ctx, order.id) : []),
  });
  return writtenPayload(ctx.em, result, 'placement', Placement);
}

/** The placement as written: the order's facts relied on, kept (ARCHITECTURE.md §3). */
function snapshotOf(order: PlacedOrder, siteId: string, input: PlaceOrderInput) {
  return {
    id: randomUUID(),
    orderId: order.id,
    siteId,
    supervisorName: input.supervisorName?.trim() || null,
    startDate: input.startDate,
    endDate: null,
    status: 'ACTIVE' as const,
    orderKind: order.kind,
    orderedHours: order.orderedHours,
    maxHoursPerDay: order.maxHoursPerDay,
    orderStartDate: order.startDate,
    orderDeadline: order.deadline,
    personIsChild: isChildOrder(order),
    personDistrictCode: order.client.district.code,
    personInitials: initialsOf(order.client.displayName),
    personId: order.client.id,
    // The scope of the placement (placement.access.ts): the client's PK and the order's district.
    officerId: order.client.officer?.id ?? null,
    orderDistrictCode: order.district.code,
  };
}

/** The order is Bapas's: it becomes ACTIVE there, by the same caller, through the gateway. */
async function activateAtBapas(ctx: WorksitesContext, orderId: string): Promise<UserError[]> {
  const activated = await askGateway<{ changeOrderStatus: { userErrors: Array<{ code: string }> } }>(
    ctx.gatewayUrl,
    ctx.token,
    ctx.correlationId,
    GATEWAY_OPERATIONS.ActivateOrder,
    { input: { orderId, status: 'ACTIVE' } },
  ).catch(() => ({ data: null, errorCodes: ['SERVICE_UNAVAILABLE'] }));
  if (activated.data && !activated.data.changeOrderStatus.userErrors.length) return [];
  return [
    userError(
      'input.orderId',
      'ORDER_NOT_ACTIVATED',
      'The placement is recorded, but the order could not be set ACTIVE at Bapas; ask the PK to set it.',
    ),
  ];
}

/** Ends a placement as completed, transferred or revoked (PK or head); its records stay. */
export async function endPlacement(ctx: WorksitesContext, input: EndPlacementInput) {
  const result = await runCommand(ctx, {
    name: 'endPlacement',
    input,
    authorize: async () => {
      // An unknown placement and another PK's placement get the same answer: existence is not revealed.
      const placement = await ctx.em.findOne(Placement, { id: input.placementId });
      if (!placement || !canManagePlacement(ctx.viewer, placement))
        throw new ForbiddenError("Only the client's PK or the head of Bapas ends this placement.");
      return placement;
    },
    validate: (placement) => checkEndPlacement(placement, input.endDate, jakartaDate(new Date())),
    persist: (_tx, placement) => {
      placement.status = input.outcome;
      placement.endDate = input.endDate;
      return placement.id;
    },
  });
  return { placement: result.id ? result.target : null, userErrors: result.userErrors };
}
