import { Kind, type FieldNode, type GraphQLResolveInfo, type SelectionSetNode } from 'graphql';
import { BadUserInputError } from '@hub/errors';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE, type ConnectionShape } from './connection';
import { PageInfo } from './types';

/**
 * Keyset ("seek") paging. A cursor holds the sort key of a record and its tie-breaker (the id), so the
 * next page starts right after that record in the index: a deep page costs what the first page costs,
 * and a record inserted meanwhile never shifts a page (an offset cursor would repeat or skip one).
 */
export type KeyValue = string | number;

const PREFIX = 'k1:';
const FOREIGN_CURSOR = 'The cursor `after` is not one this hub issued for this list.';

/** The opaque cursor of a record with these sort-key values (tie-breaker last). */
export function encodeKeysetCursor(values: readonly KeyValue[]): string {
  return Buffer.from(PREFIX + JSON.stringify(values)).toString('base64url');
}

/** The sort-key values a cursor stands for; a cursor the hub did not issue for this list is refused. */
export function decodeKeysetCursor(cursor: string, arity: number): KeyValue[] {
  const refuse = (): never => {
    throw new BadUserInputError('after', FOREIGN_CURSOR);
  };
  const text = Buffer.from(cursor, 'base64url').toString();
  if (!text.startsWith(PREFIX) || text.length > 600) return refuse();
  let values: unknown;
  try {
    values = JSON.parse(text.slice(PREFIX.length));
  } catch {
    return refuse();
  }
  if (
    !Array.isArray(values) ||
    values.length !== arity ||
    !values.every((v) => (typeof v === 'string' && v.length <= 255) || (typeof v === 'number' && Number.isFinite(v)))
  ) {
    return refuse();
  }
  return values as KeyValue[];
}

/**
 * Validated keyset paging: `first` between 1 and 100 (default 20); `after` decoded for a key of `arity`
 * columns. `accepts`, when given, checks the decoded values' kinds (a timestamp, an id), so that another
 * list's cursor of the same arity is refused here instead of failing in the database.
 */
export function keysetWindow(
  first: number | null | undefined,
  after: string | null | undefined,
  arity: number,
  accepts?: (values: KeyValue[]) => boolean,
): { limit: number; after: KeyValue[] | null } {
  const limit = first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE_SIZE) {
    throw new BadUserInputError('first', `\`first\` must be between 1 and ${MAX_PAGE_SIZE}.`);
  }
  const values = after ? decodeKeysetCursor(after, arity) : null;
  if (values && accepts && !accepts(values)) throw new BadUserInputError('after', FOREIGN_CURSOR);
  return { limit, after: values };
}

/** A key of a timestamp (ISO 8601) and an id (UUID), the usual "newest first" key. */
export function isTimestampIdKey(values: KeyValue[]): boolean {
  const [at, id] = values;
  return (
    typeof at === 'string' &&
    /^\d{4}-\d{2}-\d{2}T/.test(at) &&
    !Number.isNaN(Date.parse(at)) &&
    typeof id === 'string' &&
    /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i.test(id)
  );
}

/**
 * The SQL condition "after this key" for a sort over `columns` (all ascending or all descending), as
 * a row comparison that a B-tree index on the same columns answers directly: `(a, b) > (?, ?)`.
 * Column names come from the code, never from input.
 */
export function keysetCondition(
  columns: readonly string[],
  after: readonly KeyValue[],
  direction: 'asc' | 'desc' = 'asc',
): { sql: string; params: KeyValue[] } {
  return {
    sql: `(${columns.join(', ')}) ${direction === 'asc' ? '>' : '<'} (${columns.map(() => '?').join(', ')})`,
    params: [...after],
  };
}

/**
 * Builds the connection from up to `limit + 1` rows fetched after the cursor (the extra row only
 * says whether another page follows). `totalCount` is given only when the query selects it.
 */
export function toKeysetConnection<T>(
  rows: T[],
  limit: number,
  keyOf: (row: T) => KeyValue[],
  hadCursor: boolean,
  totalCount: number | null,
): ConnectionShape<T> {
  const nodes = rows.slice(0, limit);
  const edges = nodes.map((node) => ({ cursor: encodeKeysetCursor(keyOf(node)), node }));
  const pageInfo = Object.assign(new PageInfo(), {
    hasNextPage: rows.length > limit,
    hasPreviousPage: hadCursor,
    startCursor: edges[0]?.cursor ?? null,
    endCursor: edges[edges.length - 1]?.cursor ?? null,
  });
  // Not selected: never sent to the client, so the count is not run at all.
  return { edges, nodes, pageInfo, totalCount: totalCount ?? 0 };
}

function selectionHas(set: SelectionSetNode | undefined, name: string, info: GraphQLResolveInfo): boolean {
  if (!set) return false;
  return set.selections.some((s) => {
    if (s.kind === Kind.FIELD) return s.name.value === name;
    if (s.kind === Kind.INLINE_FRAGMENT) return selectionHas(s.selectionSet, name, info);
    const fragment = info.fragments[s.name.value];
    return !!fragment && selectionHas(fragment.selectionSet, name, info);
  });
}

/**
 * Whether the connection field being resolved selects `field` (e.g. `totalCount`), through aliases and
 * fragments: an expensive figure is computed only when someone asked for it.
 */
export function selectsField(info: GraphQLResolveInfo | undefined, field: string): boolean {
  // Without the query (a direct call from code), answer as if selected: correct, only slower.
  if (!info) return true;
  return info.fieldNodes.some((node: FieldNode) => selectionHas(node.selectionSet, field, info));
}

/** The schema description of every connection's `totalCount`. */
export const TOTAL_COUNT_DESCRIPTION =
  'How many records match the filter in all pages: an exact count, run only when this field is selected; ' +
  'leave it out when paging on (it costs a scan of the matching index entries on every request).';
