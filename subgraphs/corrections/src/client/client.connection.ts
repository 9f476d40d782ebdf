import { Field, Int, ObjectType } from 'type-graphql';
import { PageInfo, TOTAL_COUNT_DESCRIPTION } from '@hub/federation';
import { Client } from './client.entity';

@ObjectType({ description: 'A client in a page of clients.' })
export class ClientEdge {
  @Field({ description: 'Opaque cursor of this record.' })
  cursor!: string;

  @Field(() => Client)
  node!: Client;
}

@ObjectType({ description: 'A page of clients (Relay connection).' })
export class ClientConnection {
  @Field(() => [ClientEdge])
  edges!: ClientEdge[];

  @Field(() => [Client], { description: 'The records of the page, without cursors.' })
  nodes!: Client[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int, { description: TOTAL_COUNT_DESCRIPTION })
  totalCount!: number;

  @Field(() => Int, {
    description:
      "About how many records match the filter, from the database's statistics (no row is read, so it costs the same " +
      'for ten clients or a million): for "about 350,000 clients" in a dashboard header. Computed only when selected; ' +
      'use totalCount where the exact figure matters.',
  })
  estimatedTotalCount!: number;
}
