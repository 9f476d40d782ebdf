import 'reflect-metadata';
import { Directive, Field, Int, ObjectType, type ClassType } from 'type-graphql';
import type { ConnectionShape } from './connection';
import { TOTAL_COUNT_DESCRIPTION } from './keyset';
import { PageInfo } from './types';

export interface ConnectionTypeOptions {
  /** The GraphQL name of the edge type, e.g. `ClientEdge`. */
  edge: string;
  /** The edge type's description, e.g. "A client in a page of clients." */
  edgeDescription: string;
  /** Marks the edge `@shareable`, for a type several subgraphs define alike (the access log). */
  shareable?: boolean;
}

/**
 * The Relay connection of `node` as a base class: its edge type (named by `options.edge`), `edges`,
 * `nodes`, `pageInfo` and `totalCount` (counted only when selected, see keyset.ts). The connection
 * type itself is the subclass, with its own name, description and any extra field:
 *
 *   @ObjectType({ description: 'A page of clients (Relay connection).' })
 *   export class ClientConnection extends ConnectionOf(Client, { edge: 'ClientEdge', edgeDescription: '…' }) {}
 */
export function ConnectionOf<T extends object>(
  node: ClassType<T>,
  options: ConnectionTypeOptions,
): abstract new () => ConnectionShape<T> {
  @ObjectType(options.edge, { description: options.edgeDescription })
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
