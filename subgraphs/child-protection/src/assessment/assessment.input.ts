import { Field, InputType, ObjectType } from 'type-graphql';
import { DateScalar, PayloadOf } from '@hub/federation';
import { RiskLevel, type RiskLevelCode } from '../enums';
import { ProtectionCase } from '../protection-case/protection-case.entity';
import { ServiceKind, type ServiceKindCode } from '../psychosocial-service/psychosocial-service.entity';
import { CareNeed, type CareNeedCode } from './assessment.entity';
import { OnProtectionCase } from '../protection-case/protection-case.input';

@InputType()
export class RecordAssessmentInput extends OnProtectionCase {
  @Field(() => DateScalar) assessedOn!: string;

  @Field(() => RiskLevel) riskLevel!: RiskLevelCode;

  @Field(() => [CareNeed]) needs!: CareNeedCode[];
}

@InputType()
export class SetInterventionPlanInput extends OnProtectionCase {
  @Field() goals!: string;

  @Field(() => [ServiceKind]) plannedServices!: ServiceKindCode[];
}

@ObjectType({ description: 'The result of recordAssessment or setInterventionPlan.' })
export class CasePlanningPayload extends PayloadOf({ protectionCase: ProtectionCase }) {}
