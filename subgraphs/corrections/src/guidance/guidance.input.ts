import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { DateScalar, PayloadOf } from '@hub/federation';
import { Client } from '../client/client.entity';
import { GuidancePlan } from './guidance.entity';
import { OnClient } from '../client/client.input';

@InputType({ description: 'Set the guidance plan of a client.' })
export class SetGuidancePlanInput extends OnClient {
  @Field(() => DateScalar) startsOn!: string;

  @Field(() => DateScalar) endsOn!: string;

  @Field(() => Int, { description: 'Report every this many days: 1 to 90.' }) reportEveryDays!: number;

  @Field() goals!: string;
}

@InputType({ description: 'Record a report made under the reporting duty.' })
export class RecordGuidanceReportInput {
  @Field(() => ID) planId!: string;

  @Field(() => DateScalar, { description: 'The scheduled day it answers.' }) dueOn!: string;

  @Field(() => DateScalar) reportedOn!: string;

  @Field({ description: 'OFFICE, PHONE or HOME_VISIT.' }) mode!: string;
}

@ObjectType({ description: 'The result of a guidance mutation.' })
export class GuidancePayload extends PayloadOf({ plan: GuidancePlan }) {}

@ObjectType({ description: 'A reporting day that passed without a report (*tidak wajib lapor*).' })
export class MissedGuidanceReport {
  @Field(() => Client) client!: Client;

  @Field(() => GuidancePlan) plan!: GuidancePlan;

  @Field(() => DateScalar) dueOn!: string;
}
