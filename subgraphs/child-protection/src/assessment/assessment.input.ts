import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { DateScalar, PayloadOf } from '@hub/federation';
import { RiskLevel, type RiskLevelCode } from '../enums';
import { ProtectionCase } from '../protection-case/protection-case.entity';
import { ServiceKind, type ServiceKindCode } from '../psychosocial-service/psychosocial-service.entity';
import { CareNeed, type CareNeedCode } from './assessment.entity';

@InputType()
export class RecordAssessmentInput {
  @Field(() => ID)
  protectionCaseId!: string;

  @Field(() => DateScalar)
  assessedOn!: string;

  @Field(() => RiskLevel)
  riskLevel!: RiskLevelCode;

  @Field(() => [CareNeed])
  needs!: CareNeedCode[];
}

@InputType()
export class SetInterventionPlanInput {
  @Field(() => ID)
  protectionCaseId!: string;

  @Field()
  goals!: string;

  @Field(() => [ServiceKind])
  plannedServices!: ServiceKindCode[];
}

@ObjectType({ description: 'The result of recordAssessment or setInterventionPlan.' })
export class CasePlanningPayload extends PayloadOf({ protectionCase: ProtectionCase }) {}
