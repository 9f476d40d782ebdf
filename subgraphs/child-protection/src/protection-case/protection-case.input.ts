import { ArgsType, Field, ID, InputType, ObjectType, registerEnumType } from 'type-graphql';
import { ConnectionOf, DateScalar, PayloadOf, Sex, type SexCode, PageArgsOf, IdempotentInput } from '@hub/federation';
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

/** The input of a command on one protection case: its id (the command's other fields follow). */
@InputType()
export abstract class OnProtectionCase {
  @Field(() => ID) protectionCaseId!: string;
}

@InputType({ description: "The child's identity, kept at DP3AP2KB only." })
export class ChildIdentityInput {
  @Field() fullName!: string;

  @Field(() => Sex) sex!: SexCode;

  @Field(() => DateScalar) birthDate!: string;

  @Field(() => String, { nullable: true }) address?: string | null;

  @Field(() => String, { nullable: true }) guardianName?: string | null;
}

@InputType({ description: 'Intake of a child victim, witness or child in conflict (*penerimaan pengaduan*).' })
export class OpenProtectionCaseInput extends IdempotentInput {
  @Field(() => ChildRole) childRole!: ChildRoleCode;

  @Field() districtCode!: string;

  @Field(() => [ViolenceType]) concerns!: ViolenceTypeCode[];

  @Field(() => IncidentPlace, { nullable: true, description: 'Place of the incident (SIMFONI-PPA).' })
  place?: IncidentPlaceCode | null;

  @Field(() => PerpetratorRelationship, {
    nullable: true,
    description: "The perpetrator's relationship to the child (SIMFONI-PPA).",
  })
  perpetratorRelationship?: PerpetratorRelationshipCode | null;

  @Field(() => RiskLevel) riskLevel!: RiskLevelCode;

  @Field(() => ChildIdentityInput) child!: ChildIdentityInput;
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
export class ChangeProtectionCaseStatusInput extends OnProtectionCase {
  @Field(() => ProtectionCaseStatus, { description: 'The next stage; CLOSED through closeProtectionCase.' })
  status!: ProtectionCaseStatusCode;
}

@InputType()
export class CloseProtectionCaseInput extends OnProtectionCase {
  @Field(() => ClosureReason) reason!: ClosureReasonCode;

  @Field({ description: 'Closing summary.' }) summary!: string;
}

@InputType()
export class AssignCaseworkerInput extends OnProtectionCase {
  @Field(() => ID) caseworkerId!: string;
}

@ObjectType({ description: 'The result of a change to a protection case.' })
export class ProtectionCasePayload extends PayloadOf({ protectionCase: ProtectionCase }) {}

@InputType({ description: 'Filter for the protection case list.' })
export class ProtectionCaseFilter {
  @Field(() => String, { nullable: true, description: 'BPS district code.' }) districtCode?: string | null;

  @Field(() => ProtectionCaseStatus, { nullable: true }) status?: ProtectionCaseStatusCode | null;

  @Field(() => ChildRole, { nullable: true }) childRole?: ChildRoleCode | null;

  @Field(() => RiskLevel, { nullable: true, description: 'Only this risk level (a case manager lists HIGH first).' })
  riskLevel?: RiskLevelCode | null;
}

@ArgsType()
export class ProtectionCasesArgs extends PageArgsOf(ProtectionCaseFilter) {}

@ObjectType({ description: 'A page of protection cases (Relay connection).' })
export class ProtectionCaseConnection extends ConnectionOf(ProtectionCase, {
  edgeDescription: 'A protection case in a page of cases.',
}) {}

@InputType({ description: 'Reopen a closed protection case, with the reason (case manager).' })
export class ReopenProtectionCaseInput extends OnProtectionCase {
  @Field({ description: 'Why the case is reopened (*alasan pembukaan kembali*), at least 10 characters.' }) reason!: string;
}
