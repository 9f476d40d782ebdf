import 'reflect-metadata';
import { ArgsType, Directive, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import type { ConnectionShape } from './connection';
import { TOTAL_COUNT_DESCRIPTION } from './keyset';
import { PageInfo } from './types';

export interface ConnectionTypeOptions {
  /** The GraphQL name of the edge type; by default the node class's name and `Edge`, e.g. `ClientEdge`. */
  edge?: string;
  /** The edge type's description, e.g. "A client in a page of clients." */
  edgeDescription: string;
  /** Marks the edge `@shareable`, for a type several subgraphs define alike (the access log). */
  shareable?: boolean;
}

/**
 * The Relay connection of `node` as a base class: its edge type (named by `options.edge`, by default
 * `${node.name}Edge`, for a node class named as its GraphQL type), `edges`,
 * `nodes`, `pageInfo` and `totalCount` (counted only when selected, see keyset.ts). The connection
 * type itself is the subclass, with its own name, description and any extra field:
 *
 *   @ObjectType({ description: 'A page of clients (Relay connection).' })
 *   export class ClientConnection extends ConnectionOf(Client, { edgeDescription: '…' }) {}
 */
export function ConnectionOf<T extends object>(
  node: ClassType<T>,
  options: ConnectionTypeOptions,
): abstract new () => ConnectionShape<T> {
  @ObjectType(options.edge ?? `${node.name}Edge`, { description: options.edgeDescription })
  class Edge {
    @Field({ description: 'Opaque cursor of this record.' })
    cursor!: string;

    @Field(() => node)
    node!: T;
  }
  if (options.shareable) Directive('@shareable')(Edge);

  // Abstract: only its named subclasses become schema types.
  @ObjectType()
  abstract class Connection {
    @Field(() => [Edge])
    edges!: Edge[];

    @Field(() => [node], { description: 'The records of the page, without cursors.' })
    nodes!: T[];

    @Field(() => PageInfo)
    pageInfo!: PageInfo;

    @Field(() => Int, { description: TOTAL_COUNT_DESCRIPTION })
    totalCount!: number;
  }
  return Connection;
}

/** The arguments of a page of a list: an optional filter, the page size and the cursor to go on from. */
export interface PageArgsShape<F> {
  filter?: F | null;
  first?: number | null;
  after?: string | null;
}

/**
 * The arguments of a list query as a base class: `filter` (of the list's own filter input), `first`
 * and `after`, described once. The arguments type is the subclass, with its own name:
 *
 *   @ArgsType()
 *   export class ClientsArgs extends PageArgsOf(ClientFilter) {}
 */
export function PageArgsOf<F extends object>(filter: ClassType<F>): abstract new () => PageArgsShape<F> {
  @ArgsType()
  abstract class PageArgs {
    @Field(() => filter, { nullable: true })
    filter?: F | null;

    @Field(() => Int, { nullable: true, description: 'Page size, 1 to 100 (default 20).' })
    first?: number | null;

    @Field(() => String, { nullable: true, description: 'Cursor of the last record of the previous page.' })
    after?: string | null;
  }
  return PageArgs;
}
