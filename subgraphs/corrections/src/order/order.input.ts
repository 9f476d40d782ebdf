import { ArgsType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { ConnectionOf, DateScalar, PayloadOf, UserError, PageArgsOf, IdempotentInput } from '@hub/federation';
import type { OrderKindCode } from '@hub/reference';
import { OrderKind, OrderStatus, type OrderStatusCode } from '../enums';
import { JudgmentConsiderationsInput, UnpaidFineInput } from './considerations.input';
import { CommunityServiceOrder } from './order.entity';

@InputType({ description: 'Filter for the community-service order list.' })
export class OrderFilter {
  @Field(() => String, { nullable: true, description: 'BPS district code where the order is executed.' })
  districtCode?: string | null;

  @Field(() => OrderStatus, { nullable: true }) status?: OrderStatusCode | null;

  @Field(() => OrderKind, { nullable: true }) kind?: OrderKindCode | null;
}

@InputType({ description: 'Issue a community-service order on a court decision.' })
export class IssueCommunityServiceOrderInput extends IdempotentInput {
  @Field(() => ID) caseId!: string;

  @Field(() => Int, { description: 'Hours ordered by the court.' }) orderedHours!: number;

  @Field(() => DateScalar) startDate!: string;

  @Field(() => DateScalar, { description: 'At most 6 months after the start (KUHP Art. 85(5)).' }) deadline!: string;

  @Field({ description: 'Court decision number (*nomor putusan*).' }) courtDecisionNumber!: string;

  @Field(() => Int, { nullable: true, description: 'Prison term the court imposed and replaced, in months (adults: at most 6).' })
  imposedPrisonMonths?: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Fine the court imposed and replaced, in rupiah (adults: at most category II).',
  })
  imposedFineRupiah?: number | null;

  @Field(() => Boolean, {
    nullable: true,
    deprecationReason:
      "Use considerations.consentAfterExplanation: consent is one of the judge's considerations (KUHP Art. 85(2)(c)), not a condition the hub checks.",
  })
  consentGiven?: boolean | null;

  @Field(() => Int, {
    nullable: true,
    description:
      "The daily cap the judgment sets, 1 to 8 hours (KUHP Art. 85(5)); when it sets none, the rule set's default (adults 8, children 3).",
  })
  maxHoursPerDay?: number | null;

  @Field(() => JudgmentConsiderationsInput, {
    nullable: true,
    description: "The judgment's considerations (KUHP Art. 85(2)), recorded on the order.",
  })
  considerations?: JudgmentConsiderationsInput | null;

  @Field(() => UnpaidFineInput, {
    nullable: true,
    description:
      'Set when the order replaces an unpaid fine (KUHP Art. 82) rather than imposing community service as the sentence.',
  })
  unpaidFine?: UnpaidFineInput | null;
}

@ObjectType({ description: 'The result of issueCommunityServiceOrder.' })
export class IssueCommunityServiceOrderPayload extends PayloadOf(
  { communityServiceOrder: CommunityServiceOrder },
  { replayed: true },
) {}

@ObjectType({ description: 'An unpaid fine converted to community-service hours (KUHP Art. 82(4)), with its arithmetic.' })
export class FineConversion {
  @Field(() => Int) fineRupiah!: number;

  @Field(() => Int, { description: 'Part-payment taken off before converting (KUHP Art. 82(3)).' }) paidRupiah!: number;

  @Field({
    description:
      'The precondition of the conversion (KUHP Art. 82(1)): a fine of at most category II, unpaid, that seizure or auction of assets did not cover.',
  })
  precondition!: string;

  @Field(() => Int, { nullable: true, description: 'Hours, within 8–240; null when the fine may not be converted.' })
  hours!: number | null;

  @Field({ description: 'The arithmetic in words, with the article and the rule-set version.' }) explanation!: string;

  @Field(() => [UserError]) userErrors!: UserError[];
}

@InputType()
export class ChangeOrderStatusInput {
  @Field(() => ID) orderId!: string;

  @Field(() => OrderStatus) status!: OrderStatusCode;
}

@ObjectType({ description: 'The result of changeOrderStatus.' })
export class ChangeOrderStatusPayload extends PayloadOf({ communityServiceOrder: CommunityServiceOrder }) {}

@ObjectType({ description: 'A page of community-service orders (Relay connection).' })
export class CommunityServiceOrderConnection extends ConnectionOf(CommunityServiceOrder, {
  edgeDescription: 'An order in a page of orders.',
}) {}

@ArgsType()
export class OrdersArgs extends PageArgsOf(OrderFilter) {}
