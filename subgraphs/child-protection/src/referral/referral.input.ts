import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { PayloadOf, IdempotentInput } from '@hub/federation';
import { RiskLevel, type RiskLevelCode } from '../enums';
import { ReferralResponse } from './referral-response.entity';

@InputType({ description: 'Accept a Bapas referral: a protection case is opened for the child (case manager).' })
export class AcceptReferralInput extends IdempotentInput {
  @Field(() => ID) referralId!: string;

  @Field(() => ID, { nullable: true, description: 'The caseworker or psychologist to assign.' }) caseworkerId?: string | null;

  @Field(() => RiskLevel, { defaultValue: 'MEDIUM' }) riskLevel!: RiskLevelCode;
}

@InputType({ description: 'Decline a Bapas referral, with the reason.' })
export class DeclineReferralInput {
  @Field(() => ID) referralId!: string;

  @Field() reason!: string;
}

@ObjectType({ description: 'The result of acceptReferral or declineReferral.' })
export class ReferralResponsePayload extends PayloadOf(
  { response: ReferralResponse },
  { replayed: 'True when the referral had already been answered: nothing new was written.' },
) {}
