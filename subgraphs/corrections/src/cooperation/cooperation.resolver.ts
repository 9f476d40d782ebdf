import { Arg, Ctx, Field, FieldResolver, InputType, Int, Mutation, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { DateScalar, District, districtOf, UserError, userError } from '@hub/federation';
import { isDistrictCode, jakartaDate } from '@hub/reference';
import type { CorrectionsContext } from '../context';
import { createOnce, newId } from '../mutation';
import { CapacityBuildingEvent, CapacityEventKind, type CapacityEventKindCode } from './capacity-event.entity';

@InputType({ description: 'A capacity-building or socialisation event held under the agreement.' })
class RecordCapacityBuildingEventInput {
  @Field(() => DateScalar)
  heldOn!: string;

  @Field()
  agency!: string;

  @Field()
  districtCode!: string;

  @Field(() => CapacityEventKind)
  kind!: CapacityEventKindCode;

  @Field()
  title!: string;

  @Field(() => Int)
  participants!: number;

  @Field(() => String, { nullable: true })
  idempotencyKey?: string | null;
}

@ObjectType({ description: 'The result of recordCapacityBuildingEvent.' })
class CapacityBuildingEventPayload {
  @Field(() => CapacityBuildingEvent, { nullable: true })
  event!: CapacityBuildingEvent | null;

  @Field(() => [UserError])
  userErrors!: UserError[];

  @Field()
  replayed!: boolean;
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
    const result = await createOnce(ctx, 'recordCapacityBuildingEvent', input, async (tx) => {
      const errors: UserError[] = [];
      if (!isDistrictCode(input.districtCode))
        errors.push(userError('input.districtCode', 'UNKNOWN_DISTRICT', `"${input.districtCode}" is not a Jambi district code.`));
      if (input.heldOn > jakartaDate(new Date()))
        errors.push(userError('input.heldOn', 'DATE_IN_FUTURE', 'Record an event once it has been held.'));
      if (!Number.isInteger(input.participants) || input.participants < 1 || input.participants > 10_000)
        errors.push(userError('input.participants', 'INVALID_PARTICIPANTS', 'Participants: 1 to 10,000.'));
      if (input.title.trim().length < 5) errors.push(userError('input.title', 'NAME_REQUIRED', 'Give the title of the event.'));
      if (errors.length) return { errors };
      const created = tx.create(CapacityBuildingEvent, {
        id: newId(),
        heldOn: input.heldOn,
        agency: input.agency.trim(),
        districtCode: input.districtCode,
        kind: input.kind,
        title: input.title.trim(),
        participants: input.participants,
      });
      return { id: created.id };
    });
    return Object.assign(new CapacityBuildingEventPayload(), {
      event: result.id ? await ctx.em.findOne(CapacityBuildingEvent, { id: result.id }) : null,
      userErrors: result.userErrors,
      replayed: result.replayed,
    });
  }

  @FieldResolver(() => District)
  district(@Root() e: CapacityBuildingEvent): District {
    return districtOf(e.districtCode);
  }
}
