import { Field, Int, ObjectType } from 'type-graphql';
import { ConnectionOf } from '@hub/federation';
import { Client } from './client.entity';

@ObjectType({ description: 'A page of clients (Relay connection).' })
export class ClientConnection extends ConnectionOf(Client, {
  edge: 'ClientEdge',
  edgeDescription: 'A client in a page of clients.',
}) {
  @Field(() => Int, {
    description:
      "About how many records match the filter, from the database's statistics (no row is read, so it costs the same " +
      'for ten clients or a million): for "about 350,000 clients" in a dashboard header. Computed only when selected; ' +
      'use totalCount where the exact figure matters.',
  })
  estimatedTotalCount!: number;
}
