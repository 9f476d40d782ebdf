import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/postgresql';
import { Directive, Field, ObjectType } from 'type-graphql';
import { AgeBand, Sex, type AgeBandCode, type SexCode } from '@hub/federation';
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
import { UuidEntity } from '@hub/server';

/** A child-protection case (*kasus perlindungan anak*) handled by UPTD PPA. */
@Entity({ tableName: 'protection_case' })
@ObjectType({ description: 'A child-protection case (*kasus perlindungan anak*) handled by DP3AP2KB / UPTD PPA.' })
@Directive('@key(fields: "id")')
export class ProtectionCase extends UuidEntity {
  @Property({ type: 'string', unique: true, fieldName: 'case_number' })
  @Field({ description: 'Case number per district and year (*nomor kasus*), e.g. "PPA-1507-2026-0003".' })
  caseNumber!: string;

  @Index()
  @Property({ type: 'string', length: 12, fieldName: 'child_role' })
  @Field(() => ChildRole, { description: 'Whether the child is in conflict with the law, a victim or a witness.' })
  childRole!: ChildRoleCode;

  /** The Bapas client id when the child is a Bapas client (via referral); never set for victims and witnesses. */
  @Index() @Property({ type: 'uuid', nullable: true, fieldName: 'client_id' }) clientId!: string | null;

  @Property({ type: 'string', fieldName: 'child_alias' })
  @Field({ description: 'Initials of the child (*inisial*), the only name this case shows.' })
  childAlias!: string;

  @Property({ type: 'string', length: 6, fieldName: 'child_sex' })
  @Field(() => Sex, { description: 'Sex of the child.' })
  childSex!: SexCode;

  @Property({ type: 'string', length: 12, fieldName: 'child_age_band' })
  @Field(() => AgeBand, { description: 'Age band of the child at intake (SIMFONI-PPA).' })
  childAgeBand!: AgeBandCode;

  @Index() @Property({ type: 'string', length: 4, fieldName: 'district_code' }) districtCode!: string;

  @Property({ type: 'text[]' })
  @Field(() => [ViolenceType], { description: 'Concerns (*jenis kekerasan*), SIMFONI-PPA violence types.' })
  concerns!: ViolenceTypeCode[];

  @Property({ type: 'string', length: 8, fieldName: 'risk_level' })
  @Field(() => RiskLevel, { description: 'Risk level.' })
  riskLevel!: RiskLevelCode;

  @Index()
  @Property({ type: 'string', length: 12 })
  @Field(() => ProtectionCaseStatus, { description: 'Case management stage.' })
  status!: ProtectionCaseStatusCode;

  @Index() @Property({ type: 'uuid', nullable: true, fieldName: 'caseworker_id' }) caseworkerId!: string | null;

  @Property({ type: 'timestamptz', fieldName: 'opened_at' })
  @Field(() => Date, { description: 'When the case was opened (*tanggal penerimaan*).' })
  openedAt!: Date;

  @Property({ type: 'timestamptz', nullable: true, fieldName: 'closed_at' })
  @Field(() => Date, { nullable: true, description: 'When the case was closed, if it is.' })
  closedAt!: Date | null;

  /** The Bapas referral this case answers, if it came from one. */
  @Property({ type: 'uuid', nullable: true, fieldName: 'referral_id' }) referralId: string | null = null;

  @Property({ type: 'string', length: 24, nullable: true, fieldName: 'closure_reason' })
  @Field(() => String, { nullable: true, description: 'Why it was closed: GOALS_MET, TRANSFERRED, MOVED_AWAY, OTHER.' })
  closureReason: string | null = null;

  @Property({ type: 'text', nullable: true, fieldName: 'closing_summary' }) closingSummary: string | null = null;

  @Property({ type: 'string', length: 32, nullable: true })
  @Field(() => IncidentPlace, { nullable: true, description: 'Where it happened (SIMFONI-PPA place of incident).' })
  place: IncidentPlaceCode | null = null;

  @Property({ type: 'string', length: 32, nullable: true, fieldName: 'perpetrator_relationship' })
  @Field(() => PerpetratorRelationship, {
    nullable: true,
    description: "The perpetrator's relationship to the child (SIMFONI-PPA).",
  })
  perpetratorRelationship: PerpetratorRelationshipCode | null = null;

  @Property({ type: 'boolean', fieldName: 'emergency_services' })
  @Field({ description: 'High risk: emergency services were flagged before assessment.' })
  emergencyServices: boolean = false;
}

/** The identity of a child victim or witness, at DP3AP2KB only. */
@Entity({ tableName: 'child_identity' })
export class ChildIdentity {
  @PrimaryKey({ type: 'uuid', fieldName: 'protection_case_id' }) protectionCaseId!: string;

  @Property({ type: 'string', fieldName: 'full_name' }) fullName!: string;

  @Property({ type: 'date', fieldName: 'birth_date' }) birthDate!: string;

  @Property({ type: 'text', nullable: true }) address!: string | null;

  @Property({ type: 'string', nullable: true, fieldName: 'guardian_name' }) guardianName!: string | null;
}
