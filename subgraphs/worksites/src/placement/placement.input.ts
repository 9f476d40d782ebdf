import { initialsOf } from '@hub/reference';
import { Arg, Ctx, Field, ID, InputType, Mutation, ObjectType, Resolver, registerEnumType } from 'type-graphql';
import { LockMode } from '@mikro-orm/postgresql';
import { hasAnyRole } from '@hub/auth';
import { runIdempotent } from '@hub/db';
import { DateScalar, UserError, userError } from '@hub/federation';
import { addDays, jakartaDate } from '@hub/reference';
import { ForbiddenError } from '@hub/errors';
import { askGateway, GATEWAY_OPERATIONS } from '@hub/server';
import { randomUUID } from 'node:crypto';
import type { WorksitesContext } from '../context';
import { WorkSite } from '../site/site.entity';
import { Placement } from './placement.entity';
import { canManagePlacement } from './placement.access';

/** The order's facts a placement relies on, fetched through the gateway with the PK's own token. */
interface OrderFacts {
  communityServiceOrder: {
    id: string;
    kind: 'KERJA_SOSIAL' | 'PELAYANAN_MASYARAKAT';
    orderedHours: number;
    maxHoursPerDay: number;
    startDate: string;
    deadline: string;
    status: string;
    district: { code: string };
    client: { id: string; category: string; displayName: string; district: { code: string }; officer: { id: string } | null };
  } | null;
}

const ORDER_FACTS = GATEWAY_OPERATIONS.PlacementOrderFacts;

const ACTIVATE_ORDER = GATEWAY_OPERATIONS.ActivateOrder;

@InputType({ description: 'Place a community-service order at a work site (the PK).' })
export class PlaceOrderInput {
  @Field(() => ID)
  orderId!: string;

  @Field(() => ID)
  siteId!: string;

  @Field(() => DateScalar, { description: 'First day at the site; within the order period.' })
  startDate!: string;

  @Field(() => String, { nullable: true })
  supervisorName?: string | null;

  @Field(() => String, { nullable: true })
  idempotencyKey?: string | null;
}

@ObjectType({ description: 'The result of placeOrder.' })
export class PlaceOrderPayload {
  @Field(() => Placement, { nullable: true })
  placement!: Placement | null;

  @Field(() => [UserError])
  userErrors!: UserError[];

  @Field()
  replayed!: boolean;
}

const END_OUTCOMES = { COMPLETED: 'COMPLETED', TRANSFERRED: 'TRANSFERRED', REVOKED: 'REVOKED' } as const;
type EndOutcomeCode = keyof typeof END_OUTCOMES;
registerEnumType(END_OUTCOMES, { name: 'PlacementEndOutcome', description: 'How a placement ends.' });

@InputType({ description: 'End a placement.' })
export class EndPlacementInput {
  @Field(() => ID)
  placementId!: string;

  @Field(() => END_OUTCOMES)
  outcome!: EndOutcomeCode;

  @Field(() => DateScalar, { description: 'Last day at the site.' })
  endDate!: string;
}

@ObjectType({ description: 'The result of endPlacement.' })
export class EndPlacementPayload {
  @Field(() => Placement, { nullable: true })
  placement!: Placement | null;

  @Field(() => [UserError])
  userErrors!: UserError[];
}

@Resolver()
export class PlacementMutations {
  @Mutation(() => PlaceOrderPayload, {
    description:
      "Places an order at a site (PK or head). The order's facts are fetched through the gateway with the caller's token and kept as a snapshot. An order already placed moves, its hours carried along.",
  })
  async placeOrder(
    @Arg('input', () => PlaceOrderInput) input: PlaceOrderInput,
    @Ctx() ctx: WorksitesContext,
  ): Promise<PlaceOrderPayload> {
    if (!hasAnyRole(ctx.viewer, 'PK_OFFICER', 'BAPAS_HEAD'))
      throw new ForbiddenError('Only a PK or the head of Bapas places orders.');
    const { data } = await askGateway<OrderFacts>(ctx.gatewayUrl, ctx.token, ctx.correlationId, ORDER_FACTS, {
      id: input.orderId,
    });
    const order = data?.communityServiceOrder ?? null;
    const { idempotencyKey, ...rest } = input;
    const run = await runIdempotent<UserError>(
      ctx.em,
      { actor: ctx.viewer.userId, operation: 'placeOrder', key: idempotencyKey, input: rest },
      async (tx) => {
        if (!order)
          return { errors: [userError('input.orderId', 'ORDER_NOT_FOUND', 'No order with this id that you may place.')] };
        const errors: UserError[] = [];
        if (!['PENDING_PLACEMENT', 'ACTIVE'].includes(order.status)) {
          errors.push(
            userError(
              'input.orderId',
              'ORDER_NOT_ACTIVE',
              `The order is ${order.status}; only a pending or active order can be placed.`,
            ),
          );
        }
        // The site row is locked so that two placements at once cannot both take its last place.
        const site = await tx.findOne(WorkSite, { id: input.siteId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
        if (!site) return { errors: [userError('input.siteId', 'UNKNOWN_SITE', 'There is no work site with this id.')] };
        if (!site.active) errors.push(userError('input.siteId', 'SITE_INACTIVE', `${site.name} is no longer active.`));
        const active = await tx.count(Placement, { siteId: site.id, status: 'ACTIVE' });
        if (active >= site.capacity)
          errors.push(
            userError('input.siteId', 'SITE_FULL', `${site.name} is full (${active} of ${site.capacity} places in use).`),
          );
        const isChild = order.kind === 'PELAYANAN_MASYARAKAT';
        if (isChild && !site.childSuitable) {
          errors.push(
            userError(
              'input.siteId',
              'SITE_NOT_CHILD_SUITABLE',
              `${site.name} is not suitable for children; a child's order needs a child-suitable site.`,
              'SPPA Art. 76',
            ),
          );
        }
        if (input.startDate < order.startDate || input.startDate > order.deadline) {
          errors.push(
            userError(
              'input.startDate',
              'START_OUTSIDE_ORDER',
              `The order runs from ${order.startDate} to ${order.deadline}.`,
              'KUHP Art. 85(5)',
            ),
          );
        }
        if (errors.length) return { errors };
        // A move: the current placement ends the day before; the ledger follows the order, so hours carry along.
        await tx.nativeUpdate(
          Placement,
          { orderId: order.id, status: 'ACTIVE' },
          { status: 'TRANSFERRED', endDate: addDays(input.startDate, -1) },
        );
        const placement = tx.create(Placement, {
          id: randomUUID(),
          orderId: order.id,
          siteId: site.id,
          supervisorName: input.supervisorName?.trim() || null,
          startDate: input.startDate,
          endDate: null,
          status: 'ACTIVE',
          orderKind: order.kind,
          orderedHours: order.orderedHours,
          maxHoursPerDay: order.maxHoursPerDay,
          orderStartDate: order.startDate,
          orderDeadline: order.deadline,
          personIsChild: isChild,
          personDistrictCode: order.client.district.code,
          personInitials: initialsOf(order.client.displayName),
          personId: order.client.id,
          // The scope of the placement (placement.access.ts): the client's PK and the order's district.
          officerId: order.client.officer?.id ?? null,
          orderDistrictCode: order.district.code,
        });
        return { id: placement.id };
      },
    );
    const result = run.outcome;
    const userErrors = 'errors' in result ? result.errors : [];
    if ('id' in result && order?.status === 'PENDING_PLACEMENT' && !run.replayed) {
      // The order is Bapas's: it becomes ACTIVE there, by the same caller, through the gateway.
      const activated = await askGateway<{ changeOrderStatus: { userErrors: Array<{ code: string }> } }>(
        ctx.gatewayUrl,
        ctx.token,
        ctx.correlationId,
        ACTIVATE_ORDER,
        {
          input: { orderId: order.id, status: 'ACTIVE' },
        },
      ).catch(() => ({ data: null, errorCodes: ['SERVICE_UNAVAILABLE'] }));
      if (!activated.data || activated.data.changeOrderStatus.userErrors.length) {
        userErrors.push(
          userError(
            'input.orderId',
            'ORDER_NOT_ACTIVATED',
            'The placement is recorded, but the order could not be set ACTIVE at Bapas; ask the PK to set it.',
          ),
        );
      }
    }
    return Object.assign(new PlaceOrderPayload(), {
      placement: 'id' in result ? await ctx.em.findOne(Placement, { id: result.id }) : null,
      userErrors,
      replayed: run.replayed,
    });
  }

  @Mutation(() => EndPlacementPayload, {
    description: 'Ends a placement as completed, transferred or revoked (PK or head); its records stay.',
  })
  async endPlacement(
    @Arg('input', () => EndPlacementInput) input: EndPlacementInput,
    @Ctx() ctx: WorksitesContext,
  ): Promise<EndPlacementPayload> {
    // An unknown placement and another PK's placement get the same answer: existence is not revealed.
    const placement = await ctx.em.findOne(Placement, { id: input.placementId });
    if (!placement || !canManagePlacement(ctx.viewer, placement))
      throw new ForbiddenError("Only the client's PK or the head of Bapas ends this placement.");
    const errors: UserError[] = [];
    if (placement.status !== 'ACTIVE')
      errors.push(userError('input.placementId', 'PLACEMENT_NOT_ACTIVE', `The placement is already ${placement.status}.`));
    if (input.endDate < placement.startDate || input.endDate > jakartaDate(new Date())) {
      errors.push(userError('input.endDate', 'END_OUT_OF_RANGE', `The end must be between ${placement.startDate} and today.`));
    }
    if (!errors.length) {
      placement.status = input.outcome;
      placement.endDate = input.endDate;
      await ctx.em.flush();
    }
    return Object.assign(new EndPlacementPayload(), { placement: errors.length ? null : placement, userErrors: errors });
  }
}
