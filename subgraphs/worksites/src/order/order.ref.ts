import { Directive, Field, ID, Int, ObjectType } from 'type-graphql';
import { DateScalar } from '@hub/federation';

/** The community-service order, owned by corrections; this subgraph adds its placements and hours. */
@ObjectType('CommunityServiceOrder', { description: 'A community-service order (owned by the corrections subgraph).' })
@Directive('@key(fields: "id")')
export class OrderRef {
  @Field(() => ID) id!: string;

  @Field(() => Int, { description: 'Hours ordered (from corrections).' }) @Directive('@external') orderedHours?: number;

  @Field(() => DateScalar, { description: 'Deadline (from corrections).' }) @Directive('@external') deadline?: string;

  /** A reference to the order with this id. */
  static of(id: string): OrderRef {
    return Object.assign(new OrderRef(), { id });
  }
}
