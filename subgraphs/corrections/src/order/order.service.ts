import type { FilterQuery } from '@mikro-orm/postgresql';
import { isDistrictCode } from '@hub/reference';
import { BadUserInputError } from '@hub/errors';
import { keysetCondition, keysetWindow, selectsField, toKeysetConnection, type ConnectionShape } from '@hub/federation';
import type { GraphQLResolveInfo } from 'graphql';
import type { CorrectionsContext } from '../context';
import { orderReferenceScope, orderScope } from './order.access';
import { CommunityServiceOrder } from './order.entity';
import type { OrderFilter } from './order.input';

/** One order the viewer may reach, or null. */
export async function findOrder(ctx: CorrectionsContext, id: string): Promise<CommunityServiceOrder | null> {
  const scope = orderScope.where(ctx.viewer, ctx.em);
  if (!scope) return null;
  return ctx.em.findOne(CommunityServiceOrder, { $and: [scope, { id }] });
}

/** Orders are listed by start date; the id breaks ties (keyset paging, see @hub/federation). */
const ORDER_PAGE_KEY = ['o.start_date', 'o.id'] as const;

/** A page of the orders the viewer may list; `totalCount` is counted only when `info` selects it. */
export async function listOrders(
  ctx: CorrectionsContext,
  filter: OrderFilter | null | undefined,
  first: number | null | undefined,
  after: string | null | undefined,
  info?: GraphQLResolveInfo,
): Promise<ConnectionShape<CommunityServiceOrder>> {
  const page = keysetWindow(first, after, ORDER_PAGE_KEY.length);
  if (filter?.districtCode && !isDistrictCode(filter.districtCode)) {
    throw new BadUserInputError('filter.districtCode', `"${filter.districtCode}" is not a Jambi district code (e.g. 1507).`);
  }
  const keyOf = (o: CommunityServiceOrder) => [o.startDate, o.id];
  const scope = orderScope.where(ctx.viewer, ctx.em);
  if (!scope) return toKeysetConnection<CommunityServiceOrder>([], page.limit, keyOf, !!page.after, 0);
  const where: FilterQuery<CommunityServiceOrder> = {
    $and: [
      scope,
      ...(filter?.districtCode ? [{ districtCode: filter.districtCode }] : []),
      ...(filter?.status ? [{ status: filter.status }] : []),
      ...(filter?.kind ? [{ kind: filter.kind }] : []),
    ],
  };
  const query = ctx.em.createQueryBuilder(CommunityServiceOrder, 'o').where(where);
  if (page.after) {
    const seek = keysetCondition(ORDER_PAGE_KEY, page.after);
    query.andWhere(seek.sql, seek.params);
  }
  const [rows, total] = await Promise.all([
    query
      .orderBy({ startDate: 'asc', id: 'asc' })
      .limit(page.limit + 1)
      .getResultList(),
    selectsField(info, 'totalCount') ? ctx.em.count(CommunityServiceOrder, where) : null,
  ]);
  return toKeysetConnection(rows, page.limit, keyOf, !!page.after, total);
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
