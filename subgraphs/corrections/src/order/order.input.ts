import { Field, InputType } from 'type-graphql';
import type { OrderKindCode } from '@hub/reference';
import { OrderKind, OrderStatus, type OrderStatusCode } from '../enums';

@InputType({ description: 'Filter for the community-service order list.' })
export class OrderFilter {
  @Field(() => String, { nullable: true, description: 'BPS district code where the order is executed.' })
  districtCode?: string | null;

  @Field(() => OrderStatus, { nullable: true })
  status?: OrderStatusCode | null;

  @Field(() => OrderKind, { nullable: true })
  kind?: OrderKindCode | null;
}
