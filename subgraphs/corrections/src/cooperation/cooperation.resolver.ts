import { Arg, Ctx, Field, FieldResolver, InputType, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { DateScalar, District, districtOf, UserError, IdempotentInput } from '@hub/federation';
import type { CorrectionsContext } from '../context';
import { recordCapacityBuildingEvent } from './capacity-event.service';
import { CapacityBuildingEvent, CapacityEventKind, type CapacityEventKindCode } from './capacity-event.entity';

@InputType({ description: 'A capacity-building or socialisation event held under the agreement.' })
class RecordCapacityBuildingEventInput extends IdempotentInput {
  @Field(() => DateScalar) heldOn!: string;

  @Field() agency!: string;

  @Field() districtCode!: string;

  @Field(() => CapacityEventKind) kind!: CapacityEventKindCode;

  @Field() title!: string;

  @Field(() => Int) participants!: number;
}

@ObjectType({ description: 'The result of recordCapacityBuildingEvent.' })
class CapacityBuildingEventPayload {
  @Field(() => CapacityBuildingEvent, { nullable: true }) event!: CapacityBuildingEvent | null;

  @Field(() => [UserError]) userErrors!: UserError[];

  @Field() replayed!: boolean;
}

@Resolver(() => CapacityBuildingEvent)
export class CooperationResolver {
  @Query(() => [CapacityBuildingEvent], { description: 'Capacity-building and socialisation events, newest first.' })
  capacityBuildingEvents(@Ctx() ctx: CorrectionsContext): Promise<CapacityBuildingEvent[]> {
    return ctx.em.find(CapacityBuildingEvent, {}, { orderBy: { heldOn: 'desc', id: 'asc' } });
  }

  @Mutation(() => CapacityBuildingEventPayload, {
    description: 'Records a capacity-building or socialisation event (head of Bapas).',
  })
  async recordCapacityBuildingEvent(
    @Arg('input', () => RecordCapacityBuildingEventInput) input: RecordCapacityBuildingEventInput,
    @Ctx() ctx: CorrectionsContext,
  ): Promise<CapacityBuildingEventPayload> {
    return Object.assign(new CapacityBuildingEventPayload(), await recordCapacityBuildingEvent(ctx, input));
  }

  @FieldResolver(() => District)
  district(@Root() e: CapacityBuildingEvent): District {
    return districtOf(e.districtCode);
  }
}
