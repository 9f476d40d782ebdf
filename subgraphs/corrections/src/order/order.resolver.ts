import { mutation, mutationsOf } from '@hub/server';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Int, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { ForbiddenError, NotFoundError } from '@hub/errors';
import { findClient } from '../client/client.service';
import { DateScalar, District, districtOf } from '@hub/federation';
import type { CorrectionsContext } from '../context';
import { Client } from '../client/client.entity';
import { CaseFile } from '../case/case.entity';
import { CommunityServiceOrder, LEGAL_BASIS } from './order.entity';
import {
  ChangeOrderStatusInput,
  ChangeOrderStatusPayload,
  FineConversion,
  IssueCommunityServiceOrderInput,
  IssueCommunityServiceOrderPayload,
  CommunityServiceOrderConnection,
  OrdersArgs,
} from './order.input';
import {
  changeOrderStatus,
  convertFine,
  findOrder,
  findOrderReference,
  issueCommunityServiceOrder,
  listOrders,
} from './order.service';

@Resolver(() => CommunityServiceOrder)
export class OrderResolver {
  @Query(() => CommunityServiceOrder, {
    nullable: true,
    description: 'One community-service order by id, if the viewer may see it.',
  })
  communityServiceOrder(@Arg('id', () => ID) id: string, @Ctx() ctx: CorrectionsContext): Promise<CommunityServiceOrder | null> {
    return findOrder(ctx, id);
  }

  @Query(() => CommunityServiceOrderConnection, {
    description: 'The community-service orders the viewer may see, a page at a time.',
  })
  communityServiceOrders(
    @Args() { filter, first, after }: OrdersArgs,
    @Ctx() ctx: CorrectionsContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<CommunityServiceOrderConnection> {
    return listOrders(ctx, filter, first, after, info) as Promise<CommunityServiceOrderConnection>;
  }

  @FieldResolver(() => District, {
    description: "District where the order is executed and supervised (the client's district when issued).",
  })
  district(@Root() order: CommunityServiceOrder): District {
    return districtOf(order.districtCode);
  }

  @FieldResolver(() => String, { description: 'Legal basis, e.g. "KUHP Pasal 85" (*dasar hukum*).' })
  legalBasis(@Root() order: CommunityServiceOrder): string {
    return LEGAL_BASIS[order.kind];
  }

  @FieldResolver(() => Client, { description: 'The person who must do the hours.' })
  async client(@Root() order: CommunityServiceOrder, @Ctx() ctx: CorrectionsContext): Promise<Client> {
    const client = await findClient(ctx, order.clientId);
    if (!client) throw new ForbiddenError('You may not see the client of this order.');
    return client;
  }

  @FieldResolver(() => CaseFile, { description: 'The case the order was imposed in.' })
  async case(@Root() order: CommunityServiceOrder, @Ctx() ctx: CorrectionsContext): Promise<CaseFile> {
    const found = await ctx.loaders.caseFile.load(order.caseId);
    if (!found) throw new NotFoundError('The case of this order');
    return found;
  }
}

@Resolver()
export class FineConversionResolver {
  @Query(() => FineConversion, {
    description:
      'Converts an unpaid fine to community-service hours at the statutory rate (KUHP Art. 82(4)), after part-payment (Art. 82(3)), showing the arithmetic.',
  })
  fineToHours(
    @Arg('fineRupiah', () => Int) fineRupiah: number,
    @Arg('paidRupiah', () => Int, { defaultValue: 0, description: 'Part-payment, which reduces the hours (KUHP Art. 82(3)).' })
    paidRupiah: number,
    @Arg('on', () => DateScalar, { nullable: true, description: 'The date whose rule set applies; today by default.' })
    on: string | null,
  ): FineConversion {
    return Object.assign(new FineConversion(), convertFine(fineRupiah, paidRupiah, on));
  }
}

export const OrderMutations = mutationsOf<CorrectionsContext>({
  issueCommunityServiceOrder: mutation(
    IssueCommunityServiceOrderPayload,
    IssueCommunityServiceOrderInput,
    issueCommunityServiceOrder,
    'Issues a community-service order: the kind follows the age at the offence, and every rule of the rule set in force is checked.',
  ),
  changeOrderStatus: mutation(
    ChangeOrderStatusPayload,
    ChangeOrderStatusInput,
    changeOrderStatus,
    'Moves an order along its lifecycle (pending placement → active → completed / breached / revoked).',
  ),
});

/** Resolves `CommunityServiceOrder` references, batched, with the same record-level rule as the queries. */
export const orderReference = {
  __resolveReference: (ref: { id: string }, ctx: CorrectionsContext) => findOrderReference(ctx, ref.id),
};
