import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { DateScalar, PayloadOf, IdempotentInput } from '@hub/federation';
import { CooperationAgreement, SharedData, type SharedDataCode } from './agreement.entity';

@InputType()
export class AgreementPartyInput {
  @Field() agency!: string;

  @Field() name!: string;

  @Field(() => String, { nullable: true }) districtCode?: string | null;
}

@InputType()
export class AgreementSignatoryInput {
  @Field() name!: string;

  @Field() position!: string;

  @Field() agency!: string;
}

@InputType()
export class DataSharingScopeInput {
  @Field() fromAgency!: string;

  @Field() toAgency!: string;

  @Field(() => [SharedData]) data!: SharedDataCode[];

  @Field() purpose!: string;
}

@InputType({ description: 'Register a cooperation agreement (*PKS*): another district or agency is data, not code.' })
export class RegisterCooperationAgreementInput extends IdempotentInput {
  @Field() number!: string;

  @Field() title!: string;

  @Field(() => DateScalar) signedOn!: string;

  @Field(() => DateScalar) effectiveFrom!: string;

  @Field(() => DateScalar, { nullable: true }) effectiveUntil?: string | null;

  @Field(() => [String], { description: 'BPS codes of the districts it covers.' }) districtCodes!: string[];

  @Field(() => [AgreementPartyInput]) parties!: AgreementPartyInput[];

  @Field(() => [AgreementSignatoryInput]) signatories!: AgreementSignatoryInput[];

  @Field(() => [String]) services!: string[];

  @Field(() => [DataSharingScopeInput]) dataSharing!: DataSharingScopeInput[];
}

@InputType({ description: 'End an agreement before its term (*pengakhiran PKS*).' })
export class TerminateCooperationAgreementInput {
  @Field(() => ID) agreementId!: string;

  @Field(() => DateScalar, { description: 'The first day it is no longer in force.' }) terminatedOn!: string;

  @Field() reason!: string;
}

@ObjectType({ description: 'The result of registerCooperationAgreement or terminateCooperationAgreement.' })
export class CooperationAgreementPayload extends PayloadOf({ agreement: CooperationAgreement }, { replayed: true }) {}
