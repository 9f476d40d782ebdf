import { Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { DateScalar, PayloadOf, Sex, type SexCode } from '@hub/federation';
import {
  ChildRole,
  IncidentPlace,
  PerpetratorRelationship,
  ProtectionCaseStatus,
  RiskLevel,
  ViolenceType,
  type ChildRoleCode,
  type IncidentPlaceCode,
  type PerpetratorRelationshipCode,
  type ProtectionCaseStatusCode,
  type RiskLevelCode,
  type ViolenceTypeCode,
} from '../enums';
import { ProtectionCase } from './protection-case.entity';

@InputType({ description: "The child's identity, kept at DP3AP2KB only." })
export class ChildIdentityInput {
  @Field()
  fullName!: string;

  @Field(() => Sex)
  sex!: SexCode;

  @Field(() => DateScalar)
  birthDate!: string;

  @Field(() => String, { nullable: true })
  address?: string | null;

  @Field(() => String, { nullable: true })
  guardianName?: string | null;
}

@InputType({ description: 'Intake of a child victim, witness or child in conflict (*penerimaan pengaduan*).' })
export class OpenProtectionCaseInput {
  @Field(() => ChildRole)
  childRole!: ChildRoleCode;

  @Field()
  districtCode!: string;

  @Field(() => [ViolenceType])
  concerns!: ViolenceTypeCode[];

  @Field(() => IncidentPlace, { nullable: true, description: 'Place of the incident (SIMFONI-PPA).' })
  place?: IncidentPlaceCode | null;

  @Field(() => PerpetratorRelationship, {
    nullable: true,
    description: "The perpetrator's relationship to the child (SIMFONI-PPA).",
  })
  perpetratorRelationship?: PerpetratorRelationshipCode | null;

  @Field(() => RiskLevel)
  riskLevel!: RiskLevelCode;

  @Field(() => ChildIdentityInput)
  child!: ChildIdentityInput;

  @Field(() => String, { nullable: true })
  idempotencyKey?: string | null;
}

@ObjectType({ description: 'The result of openProtectionCase.' })
export class OpenProtectionCasePayload extends PayloadOf({ protectionCase: ProtectionCase }, { replayed: true }) {}

export const ClosureReason = {
  GOALS_MET: 'GOALS_MET',
  TRANSFERRED: 'TRANSFERRED',
  MOVED_AWAY: 'MOVED_AWAY',
  OTHER: 'OTHER',
} as const;
type ClosureReasonCode = keyof typeof ClosureReason;
registerEnumType(ClosureReason, { name: 'ClosureReason', description: 'Why a protection case is closed.' });

@InputType()
export class ChangeProtectionCaseStatusInput {
  @Field(() => ID)
  protectionCaseId!: string;

  @Field(() => ProtectionCaseStatus, { description: 'The next stage; CLOSED through closeProtectionCase.' })
  status!: ProtectionCaseStatusCode;
}

@InputType()
export class CloseProtectionCaseInput {
  @Field(() => ID)
  protectionCaseId!: string;

  @Field(() => ClosureReason)
  reason!: ClosureReasonCode;

  @Field({ description: 'Closing summary.' })
  summary!: string;
}

@InputType()
export class AssignCaseworkerInput {
  @Field(() => ID)
  protectionCaseId!: string;

  @Field(() => ID)
  caseworkerId!: string;
}

@ObjectType({ description: 'The result of a change to a protection case.' })
export class ProtectionCasePayload extends PayloadOf({ protectionCase: ProtectionCase }) {}
