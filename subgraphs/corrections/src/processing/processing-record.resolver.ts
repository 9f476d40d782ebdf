import { Arg, Ctx, Directive, Field, FieldResolver, ID, ObjectType, Query, Resolver, Root } from 'type-graphql';
import { AccessLogEntry, accessLogFor } from '@hub/server';
import type { CorrectionsContext } from '../context';
import { Client } from '../client/client.entity';
import { CaseFile } from '../case/case.entity';
import { CommunityServiceOrder } from '../order/order.entity';
import { Referral } from '../referral/referral.entity';

/**
 * A data subject's processing record (UU PDP Art. 32: within 3×24 hours; here one query): everything
 * each agency stores about one client, and who accessed it. Other subgraphs add their part.
 */
@ObjectType({
  description:
    "A client's processing record (*rekam pemrosesan data*, UU PDP Art. 32): everything stored about them and who accessed it, per agency. AUDITOR only.",
})
@Directive('@key(fields: "id")')
export class ClientProcessingRecord {
  @Field(() => ID, { description: "The client's id." }) id!: string;

  @Field(() => Date, { description: 'When this record was produced.' }) generatedAt!: Date;

  /** The client's community-service order ids: the worksites subgraph finds its placements by them. */
  @Field(() => [ID], { description: "The client's community-service order ids." }) orderIds!: string[];

  /** The client row (stored, not shown elsewhere to auditors). */
  client!: Client;
}

@Resolver(() => ClientProcessingRecord)
export class ProcessingRecordResolver {
  @Query(() => ClientProcessingRecord, {
    nullable: true,
    description: "A client's processing record, for the auditor (UU PDP Art. 32).",
  })
  async clientProcessingRecord(
    @Arg('clientId', () => ID) clientId: string,
    @Ctx() ctx: CorrectionsContext,
  ): Promise<ClientProcessingRecord | null> {
    const client = await ctx.loaders.client.load(clientId);
    if (!client) return null;
    const orders = await ctx.loaders.ordersByClient.load(clientId);
    return Object.assign(new ClientProcessingRecord(), {
      id: clientId,
      generatedAt: new Date(),
      orderIds: orders.map((o) => o.id),
      client,
    });
  }

  @FieldResolver(() => String, {
    description: 'Everything Bapas stores about the client, as a JSON document: client, cases, orders, referrals.',
  })
  async correctionsDocument(@Root() record: ClientProcessingRecord, @Ctx() ctx: CorrectionsContext): Promise<string> {
    const [cases, orders, referrals] = await Promise.all([
      ctx.em.find(CaseFile, { clientId: record.id }, { orderBy: { offenseDate: 'asc' } }),
      ctx.em.find(CommunityServiceOrder, { clientId: record.id }, { orderBy: { startDate: 'asc' } }),
      ctx.em.find(Referral, { clientId: record.id }, { orderBy: { sentAt: 'asc' } }),
    ]);
    return JSON.stringify({ agency: 'BAPAS', client: record.client, cases, communityServiceOrders: orders, referrals });
  }

  @FieldResolver(() => [AccessLogEntry], { description: "Every recorded access to the client's data at Bapas, oldest first." })
  correctionsAccessLog(@Root() record: ClientProcessingRecord, @Ctx() ctx: CorrectionsContext): Promise<AccessLogEntry[]> {
    return accessLogFor(ctx.em, [record.id]);
  }
}

/** Resolves processing-record references (only reachable by auditors, per the permission map). */
export const processingRecordReference = {
  __resolveReference: (ref: { id: string }, ctx: CorrectionsContext) =>
    new ProcessingRecordResolver().clientProcessingRecord(ref.id, ctx),
};
