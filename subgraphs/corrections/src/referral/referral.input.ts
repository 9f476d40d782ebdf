import { ArgsType, Field, ID, InputType, Int, ObjectType } from 'type-graphql';
import { ConnectionOf, PayloadOf, IdempotentInput } from '@hub/federation';
import { Referral, ReferralStatus, ServiceNeed, type ReferralStatusCode, type ServiceNeedCode } from './referral.entity';

/** The input of a command on one referral: its id (the command's other fields follow). */
@InputType()
export abstract class OnReferral {
  @Field(() => ID) referralId!: string;
}

@InputType({
  description:
    "Refer a client to DP3AP2KB (*rujukan*): this shares the child's identity with the referred district while it is open.",
})
export class ReferClientInput extends IdempotentInput {
  @Field(() => ID) clientId!: string;

  @Field(() => [ServiceNeed], { description: 'Services needed, from the fixed list.' }) services!: ServiceNeedCode[];

  @Field({ description: 'Why (at least 10 characters).' }) reason!: string;

  @Field(() => String, { nullable: true, description: "District of the receiving office; the client's district by default." })
  districtCode?: string | null;
}

@InputType({ description: 'Withdraw an open referral; the receiving agency loses the full view of the child.' })
export class WithdrawReferralInput extends OnReferral {
  @Field() reason!: string;
}

@ObjectType({ description: 'The result of referClient or withdrawReferral.' })
export class ReferralPayload extends PayloadOf({ referral: Referral }, { replayed: true }) {}

@InputType({
  description:
    'Close an open referral because DP3AP2KB declined it: the referred district loses the full view of the child (case manager).',
})
export class CloseDeclinedReferralInput extends OnReferral {
  @Field({ description: 'The reason DP3AP2KB gave for declining (at least 10 characters).' }) reason!: string;
}

@ObjectType({ description: 'The result of closeDeclinedReferral.' })
export class CloseDeclinedReferralPayload extends PayloadOf(
  { referral: Referral },
  { replayed: 'True when the referral had already been closed on a decline: nothing new was written.' },
) {}

@InputType({ description: 'Filter for incoming referrals.' })
export class ReferralFilter {
  @Field(() => ReferralStatus, { nullable: true, description: 'OPEN by default.' }) status?: ReferralStatusCode | null;
}

@ArgsType()
export class IncomingReferralsArgs {
  @Field(() => ReferralFilter, { nullable: true }) filter?: ReferralFilter | null;

  @Field(() => Int, { nullable: true }) first?: number | null;

  @Field(() => String, { nullable: true }) after?: string | null;
}

@ObjectType({ description: 'A page of referrals (Relay connection).' })
export class ReferralConnection extends ConnectionOf(Referral, { edgeDescription: 'A referral in a page.' }) {}
