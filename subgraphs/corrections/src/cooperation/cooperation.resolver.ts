import { mutation, mutationsOf } from '@hub/server';
import { Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { District, districtOf } from '@hub/federation';
import type { CorrectionsContext } from '../context';
import { recordCapacityBuildingEvent } from './capacity-event.service';
import { CapacityBuildingEvent } from './capacity-event.entity';
import { CapacityBuildingEventPayload, RecordCapacityBuildingEventInput } from './capacity-event.input';

@Resolver(() => CapacityBuildingEvent)
export class CooperationResolver {
  @Query(() => [CapacityBuildingEvent], { description: 'Capacity-building and socialisation events, newest first.' })
  capacityBuildingEvents(@Ctx() ctx: CorrectionsContext): Promise<CapacityBuildingEvent[]> {
    return ctx.em.find(CapacityBuildingEvent, {}, { orderBy: { heldOn: 'desc', id: 'asc' } });
  }

  @FieldResolver(() => District)
  district(@Root() e: CapacityBuildingEvent): District {
    return districtOf(e.districtCode);
  }
}

export const CapacityBuildingEventMutations = mutationsOf<CorrectionsContext>({
  recordCapacityBuildingEvent: mutation(
    CapacityBuildingEventPayload,
    RecordCapacityBuildingEventInput,
    recordCapacityBuildingEvent,
    'Records a capacity-building or socialisation event (head of Bapas).',
  ),
});
