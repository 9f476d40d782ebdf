import { Field, InputType, Int, ObjectType } from 'type-graphql';
import { DateScalar, IdempotentInput, PayloadOf } from '@hub/federation';
import { CapacityBuildingEvent, CapacityEventKind, type CapacityEventKindCode } from './capacity-event.entity';

@InputType({ description: 'A capacity-building or socialisation event held under the agreement.' })
export class RecordCapacityBuildingEventInput extends IdempotentInput {
  @Field(() => DateScalar) heldOn!: string;

  @Field() agency!: string;

  @Field() districtCode!: string;

  @Field(() => CapacityEventKind) kind!: CapacityEventKindCode;

  @Field() title!: string;

  @Field(() => Int) participants!: number;
}

@ObjectType({ description: 'The result of recordCapacityBuildingEvent.' })
export class CapacityBuildingEventPayload extends PayloadOf({ event: CapacityBuildingEvent }, { replayed: true }) {}
