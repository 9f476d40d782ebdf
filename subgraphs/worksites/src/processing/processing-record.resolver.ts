import { Ctx, Directive, Field, FieldResolver, ID, ObjectType, Resolver, Root } from 'type-graphql';
import { AccessLogEntry, accessLogFor } from '@hub/server';
import type { WorksitesContext } from '../context';
import { Placement } from '../placement/placement.entity';
import { AttendanceRecord } from '../attendance/attendance.entity';

/** A client's processing record (owned by corrections); the work-site providers add their part. */
@ObjectType('ClientProcessingRecord', { description: "A client's processing record (UU PDP Art. 32); the work sites' part." })
@Directive('@key(fields: "id")')
export class ClientProcessingRecordRef {
  @Field(() => ID) id!: string;

  @Field(() => [ID], { description: "The client's order ids (from corrections)." }) @Directive('@external') orderIds?: string[];
}

async function placementsOf(record: ClientProcessingRecordRef, ctx: WorksitesContext): Promise<Placement[]> {
  return ctx.em.find(Placement, { orderId: { $in: record.orderIds ?? [] } }, { orderBy: { startDate: 'asc' } });
}

@Resolver(() => ClientProcessingRecordRef)
export class ProcessingRecordResolver {
  @FieldResolver(() => String, {
    nullable: true,
    description: 'Everything the work sites store about the client, as a JSON document: placements and attendance.',
  })
  @Directive('@requires(fields: "orderIds")')
  async worksitesDocument(@Root() record: ClientProcessingRecordRef, @Ctx() ctx: WorksitesContext): Promise<string> {
    const placements = await placementsOf(record, ctx);
    const attendance = await ctx.em.find(
      AttendanceRecord,
      { placementId: { $in: placements.map((p) => p.id) } },
      { orderBy: { date: 'asc' } },
    );
    return JSON.stringify({ agency: 'WORKSITE_PROVIDER', placements, attendance });
  }

  @FieldResolver(() => [AccessLogEntry], {
    nullable: true,
    description: "Every recorded access to the client's placements and hours, oldest first.",
  })
  @Directive('@requires(fields: "orderIds")')
  async worksitesAccessLog(@Root() record: ClientProcessingRecordRef, @Ctx() ctx: WorksitesContext): Promise<AccessLogEntry[]> {
    const placements = await placementsOf(record, ctx);
    return accessLogFor(ctx.em, [...(record.orderIds ?? []), ...placements.map((p) => p.id)]);
  }
}

export const processingRecordReference = {
  __resolveReference: (ref: { id: string; orderIds?: string[] }) => Object.assign(new ClientProcessingRecordRef(), ref),
};
