import { Entity, Property } from '@mikro-orm/postgresql';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { ProtectionCaseRecord } from '../protection-case/case-record.entity';

export const SERVICE_KINDS = [
  'COUNSELLING',
  'CLINICAL_PSYCHOLOGIST',
  'MEDIATION',
  'PSYCHOLOGICAL_ASSESSMENT',
  'FAMILY_COUNSELLING',
  'GROUP_SUPPORT',
  'SHELTER_STAY',
  'ACCOMPANIMENT_POLICE_COURT',
  'LEGAL_AID',
  'HEALTH_REFERRAL',
] as const;
export type ServiceKindCode = (typeof SERVICE_KINDS)[number];
export const ServiceKind = Object.fromEntries(SERVICE_KINDS.map((v) => [v, v])) as { [K in ServiceKindCode]: K };
registerEnumType(ServiceKind, {
  name: 'ServiceKind',
  description:
    'Psychosocial service (*layanan*, SIMFONI-PPA): counselling (*konseling*), clinical psychologist (*psikolog klinis*), mediation (*mediasi*), psychological assessment, family counselling, group support, shelter stay (*rumah aman*), accompaniment at police or court, legal aid, health referral.',
});

/** A psychosocial service delivered to the child of a protection case. */
@Entity({ tableName: 'psychosocial_service' })
@ObjectType({
  description:
    'A psychosocial service delivered to the child (*layanan psikososial*). Clinical notes: the assigned psychologist only.',
})
export class PsychosocialService extends ProtectionCaseRecord {
  @Property({ type: 'string', length: 32 }) @Field(() => ServiceKind) kind!: ServiceKindCode;

  @Property({ type: 'timestamptz', fieldName: 'delivered_at' }) @Field(() => Date) deliveredAt!: Date;

  @Property({ type: 'uuid', fieldName: 'provider_id' }) providerId!: string;

  @Property({ type: 'boolean' }) @Field({ description: 'Whether the child attended.' }) attended!: boolean;

  @Property({ type: 'text', nullable: true, fieldName: 'clinical_notes' }) clinicalNotes!: string | null;

  @Property({ type: 'timestamptz', fieldName: 'recorded_at' }) recordedAt!: Date;
}
