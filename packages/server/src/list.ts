import type { EntityManager, EntityName, FilterQuery, QueryOrderMap } from '@mikro-orm/postgresql';
import { findLean, isReadOnly } from '@hub/db';
import type { GraphQLResolveInfo } from 'graphql';
import { BadUserInputError } from '@hub/errors';
import {
  keysetCondition,
  keysetWindow,
  selectsField,
  toKeysetConnection,
  type ConnectionShape,
  type KeyValue,
} from '@hub/federation';
import { isDistrictCode } from '@hub/reference';

/** How a list is ordered and paged: its sort key as SQL columns of `alias`, and the same key read from a row. */
export interface ListOrder<T> {
  alias: string;
  /** The sort key's columns, the id last to break ties, e.g. `['c.register_number', 'c.id']`. */
  key: readonly string[];
  orderBy: QueryOrderMap<T>;
  keyOf: (row: T) => KeyValue[];
  direction?: 'asc' | 'desc';
}

/** What a page asks for: its size, the cursor it continues from, and the selection (is `totalCount` asked for?). */
export interface PageRequest {
  first: number | null | undefined;
  after: string | null | undefined;
  info?: GraphQLResolveInfo;
  /** How to count `totalCount` when it is asked for, where the list has a cheaper exact count than counting its rows. */
  count?: () => Promise<number>;
}

/**
 * A Relay page of the records meeting `where` (null: the viewer may list none), in keyset order: the
 * cursor is the sort key of the last row (one index seek, stable when rows are inserted), and
 * `totalCount` is counted only when the query selects it.
 */
export async function keysetPage<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  where: FilterQuery<T> | null,
  order: ListOrder<T>,
  request: PageRequest,
): Promise<ConnectionShape<T>> {
  const page = keysetWindow(request.first, request.after, order.key.length);
  if (!where) return toKeysetConnection<T>([], page.limit, order.keyOf, !!page.after, 0);
  const query = em.createQueryBuilder(entity, order.alias).where(where as never);
  if (page.after) {
    const seek = keysetCondition(order.key, page.after, order.direction ?? 'asc');
    query.andWhere(seek.sql, seek.params);
  }
  query.orderBy(order.orderBy).limit(page.limit + 1);
  const [rows, total] = await Promise.all([
    isReadOnly(em) ? findLean(em, entity, query) : query.getResultList(),
    selectsField(request.info, 'totalCount') ? (request.count ?? (() => em.count(entity, where)))() : null,
  ]);
  return toKeysetConnection(rows, page.limit, order.keyOf, !!page.after, total);
}

/** The scope and the filters that apply, all of them; null when the scope is (the viewer may list nothing). */
export function allOf<T>(scope: FilterQuery<T> | null, ...filters: Array<FilterQuery<T> | false | null | undefined>) {
  if (!scope) return null;
  return { $and: [scope, ...filters.filter((f): f is FilterQuery<T> => !!f)] } as FilterQuery<T>;
}

/** Refuses a district filter that is not a Jambi district code, naming the argument. */
export function checkDistrictFilter(argument: string, code: string | null | undefined): void {
  if (code && !isDistrictCode(code)) {
    throw new BadUserInputError(argument, `"${code}" is not a Jambi district code (e.g. 1507).`);
  }
}
