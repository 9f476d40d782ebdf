import { BadUserInputError } from '@hub/errors';
import { PageInfo } from './types';

/** The largest page a list query returns. */
export const MAX_PAGE_SIZE = 100;
export const DEFAULT_PAGE_SIZE = 20;

/**
 * Offset cursors: the hub's lists no longer issue them (they page by keyset, see keyset.ts).
 * @deprecated use encodeKeysetCursor
 */
export function encodeCursor(offset: number): string {
  return Buffer.from(`o:${offset}`).toString('base64url');
}

/** The offset a cursor stands for; a cursor the hub did not issue is refused. @deprecated use decodeKeysetCursor */
export function decodeCursor(cursor: string): number {
  const text = Buffer.from(cursor, 'base64url').toString();
  const match = /^o:(\d{1,9})$/.exec(text);
  if (!match) throw new BadUserInputError('after', 'The cursor `after` is not one this hub issued.');
  return Number(match[1]);
}

/** Validated offset paging. @deprecated use keysetWindow */
export function pageWindow(
  first: number | null | undefined,
  after: string | null | undefined,
): { limit: number; offset: number } {
  const limit = first ?? DEFAULT_PAGE_SIZE;
  if (!Number.isInteger(limit) || limit < 1 || limit > MAX_PAGE_SIZE) {
    throw new BadUserInputError('first', `\`first\` must be between 1 and ${MAX_PAGE_SIZE}.`);
  }
  return { limit, offset: after ? decodeCursor(after) + 1 : 0 };
}

/** A page of records as a Relay connection. */
export interface ConnectionShape<T> {
  edges: Array<{ cursor: string; node: T }>;
  nodes: T[];
  pageInfo: PageInfo;
  totalCount: number;
}

/** Builds an offset connection. @deprecated use toKeysetConnection */
export function toConnection<T>(nodes: T[], offset: number, totalCount: number): ConnectionShape<T> {
  const edges = nodes.map((node, i) => ({ cursor: encodeCursor(offset + i), node }));
  const pageInfo = Object.assign(new PageInfo(), {
    hasNextPage: offset + nodes.length < totalCount,
    hasPreviousPage: offset > 0,
    startCursor: edges[0]?.cursor ?? null,
    endCursor: edges[edges.length - 1]?.cursor ?? null,
  });
  return { edges, nodes, pageInfo, totalCount };
}
