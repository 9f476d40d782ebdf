import type { FilterQuery } from '@mikro-orm/postgresql';
import { hasAnyRole } from '@hub/auth';
import { isDistrictCode } from '@hub/reference';
import { BadUserInputError } from '@hub/errors';
import { keysetCondition, keysetWindow, selectsField, toKeysetConnection, type ConnectionShape } from '@hub/federation';
import type { GraphQLResolveInfo } from 'graphql';
import type { CorrectionsContext } from '../context';
import { Client } from '../client/client.entity';
import { CommunityServiceOrder } from './order.entity';
import type { OrderFilter } from './order.input';

/**
 * The orders a viewer may list: the head of Bapas all; a PK those of assigned clients; the prosecutor
 * (statutory supervisor, KUHP Art. 85(8)) those of their districts. Others none.
 */
async function orderScope(ctx: CorrectionsContext): Promise<FilterQuery<CommunityServiceOrder> | null> {
  const viewer = ctx.viewer;
  if (hasAnyRole(viewer, 'BAPAS_HEAD')) return {};
  if (hasAnyRole(viewer, 'PK_OFFICER') && viewer.officerId) {
    // A subquery, not a list of ids: a PK's caseload stays one statement however large it grows.
    const assigned = ctx.em.createQueryBuilder(Client, 'ac').select('ac.id').where({ officerId: viewer.officerId });
    return { clientId: { $in: assigned.getKnexQuery() } } as unknown as FilterQuery<CommunityServiceOrder>;
  }
  if (hasAnyRole(viewer, 'PROSECUTOR')) return { districtCode: { $in: viewer.districts } };
  return null;
}

/** One order the viewer may reach, or null. */
export async function findOrder(ctx: CorrectionsContext, id: string): Promise<CommunityServiceOrder | null> {
  const scope = await orderScope(ctx);
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
  const scope = await orderScope(ctx);
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

/**
 * An order reached from another subgraph (a placement's order): the same people as findOrder, plus
 * work-site staff, who see its hours and deadline but never its client or case (shield denies those).
 * They can only reach order ids through their own placements; the gateway exposes no `_entities`.
 */
export async function findOrderReference(ctx: CorrectionsContext, id: string): Promise<CommunityServiceOrder | null> {
  if (hasAnyRole(ctx.viewer, 'PROVIDER_ADMIN', 'SITE_SUPERVISOR')) return ctx.loaders.order.load(id);
  const order = await ctx.loaders.order.load(id);
  if (!order) return null;
  if (hasAnyRole(ctx.viewer, 'BAPAS_HEAD')) return order;
  if (hasAnyRole(ctx.viewer, 'PROSECUTOR') && ctx.viewer.districts.includes(order.districtCode)) return order;
  const client = await ctx.loaders.client.load(order.clientId);
  return hasAnyRole(ctx.viewer, 'PK_OFFICER') && !!client && client.officerId === ctx.viewer.officerId ? order : null;
}
