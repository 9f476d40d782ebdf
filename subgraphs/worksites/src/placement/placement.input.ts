import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { DateScalar, PayloadOf, IdempotentInput } from '@hub/federation';
import { Placement } from './placement.entity';

/** The input of a command on one placement: its id (the command's other fields follow). */
@InputType()
export abstract class OnPlacement {
  @Field(() => ID) placementId!: string;
}

@InputType({ description: 'Place a community-service order at a work site (the PK).' })
export class PlaceOrderInput extends IdempotentInput {
  @Field(() => ID) orderId!: string;

  @Field(() => ID) siteId!: string;

  @Field(() => DateScalar, { description: 'First day at the site; within the order period.' }) startDate!: string;

  @Field(() => String, { nullable: true }) supervisorName?: string | null;
}

@ObjectType({ description: 'The result of placeOrder.' })
export class PlaceOrderPayload extends PayloadOf({ placement: Placement }, { replayed: true }) {}

const END_OUTCOMES = { COMPLETED: 'COMPLETED', TRANSFERRED: 'TRANSFERRED', REVOKED: 'REVOKED' } as const;
type EndOutcomeCode = keyof typeof END_OUTCOMES;
registerEnumType(END_OUTCOMES, { name: 'PlacementEndOutcome', description: 'How a placement ends.' });

@InputType({ description: 'End a placement.' })
export class EndPlacementInput extends OnPlacement {
  @Field(() => END_OUTCOMES) outcome!: EndOutcomeCode;

  @Field(() => DateScalar, { description: 'Last day at the site.' }) endDate!: string;
}

@ObjectType({ description: 'The result of endPlacement.' })
export class EndPlacementPayload extends PayloadOf({ placement: Placement }) {}
