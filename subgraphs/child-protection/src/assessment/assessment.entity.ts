import { Entity, Property } from '@mikro-orm/postgresql';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { DateScalar } from '@hub/federation';
import { RiskLevel, type RiskLevelCode } from '../enums';
import { ServiceKind, type ServiceKindCode } from '../psychosocial-service/psychosocial-service.entity';
import { ProtectionCaseRecord } from '../protection-case/case-record.entity';

export const CARE_NEEDS = [
  'SAFETY',
  'SHELTER',
  'HEALTH',
  'MENTAL_HEALTH',
  'EDUCATION',
  'FAMILY_SUPPORT',
  'LEGAL_AID',
  'ECONOMIC_SUPPORT',
] as const;
export type CareNeedCode = (typeof CARE_NEEDS)[number];
export const CareNeed = Object.fromEntries(CARE_NEEDS.map((v) => [v, v])) as { [K in CareNeedCode]: K };
registerEnumType(CareNeed, { name: 'CareNeed', description: 'A need found in the psychosocial assessment (*kebutuhan*).' });

/** A psychosocial assessment (*asesmen psikososial*). */
@Entity({ tableName: 'assessment' })
@ObjectType({ description: 'A psychosocial assessment of the child (*asesmen psikososial*).' })
export class Assessment extends ProtectionCaseRecord {
  @Property({ type: 'date', fieldName: 'assessed_on' }) @Field(() => DateScalar) assessedOn!: string;

  @Property({ type: 'uuid', fieldName: 'caseworker_id' }) caseworkerId!: string;

  @Property({ type: 'string', length: 8, fieldName: 'risk_level' }) @Field(() => RiskLevel) riskLevel!: RiskLevelCode;

  @Property({ type: 'text[]' }) @Field(() => [CareNeed]) needs!: CareNeedCode[];

  @Property({ type: 'timestamptz', fieldName: 'recorded_at' }) recordedAt!: Date;
}

/** The intervention plan (*rencana intervensi*) under the case manager. */
@Entity({ tableName: 'intervention_plan' })
@ObjectType({ description: 'The intervention plan (*rencana intervensi*): goals and planned services.' })
export class InterventionPlan extends ProtectionCaseRecord {
  @Property({ type: 'text' }) @Field() goals!: string;

  @Property({ type: 'text[]', fieldName: 'planned_services' }) @Field(() => [ServiceKind]) plannedServices!: ServiceKindCode[];

  @Property({ type: 'string', fieldName: 'created_by' }) createdBy!: string;

  @Property({ type: 'timestamptz', fieldName: 'created_at' }) @Field(() => Date) createdAt!: Date;
}
