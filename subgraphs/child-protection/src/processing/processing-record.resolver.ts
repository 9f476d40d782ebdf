import { Ctx, Directive, Field, FieldResolver, ID, ObjectType, Resolver, Root } from 'type-graphql';
import { AccessLogEntry, accessLogFor } from '@hub/server';
import type { ChildProtectionContext } from '../context';
import { ProtectionCase } from '../protection-case/protection-case.entity';

/** A client's processing record (owned by corrections); DP3AP2KB adds what it stores about the child. */
@ObjectType('ClientProcessingRecord', { description: "A client's processing record (UU PDP Art. 32); DP3AP2KB's part." })
@Directive('@key(fields: "id")')
export class ClientProcessingRecordRef {
  @Field(() => ID) id!: string;
}

@Resolver(() => ClientProcessingRecordRef)
export class ProcessingRecordResolver {
  @FieldResolver(() => String, {
    nullable: true,
    description: 'Everything DP3AP2KB stores about the client, as a JSON document: their protection cases.',
  })
  async childProtectionDocument(@Root() record: ClientProcessingRecordRef, @Ctx() ctx: ChildProtectionContext): Promise<string> {
    const cases = await ctx.em.find(ProtectionCase, { clientId: record.id }, { orderBy: { openedAt: 'asc' } });
    return JSON.stringify({ agency: 'DP3AP2KB', protectionCases: cases });
  }

  @FieldResolver(() => [AccessLogEntry], {
    nullable: true,
    description: "Every recorded access to the client's data at DP3AP2KB, oldest first.",
  })
  async childProtectionAccessLog(
    @Root() record: ClientProcessingRecordRef,
    @Ctx() ctx: ChildProtectionContext,
  ): Promise<AccessLogEntry[]> {
    const cases = await ctx.em.find(ProtectionCase, { clientId: record.id }, { fields: ['id'] });
    return accessLogFor(ctx.em, [record.id, ...cases.map((c) => c.id)]);
  }
}

export const processingRecordReference = {
  __resolveReference: (ref: { id: string }) => Object.assign(new ClientProcessingRecordRef(), { id: ref.id }),
};
