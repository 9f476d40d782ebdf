import { enumObject } from '@hub/reference';
import { Entity, Property } from '@mikro-orm/postgresql';
import { Directive, Field, ObjectType, registerEnumType } from 'type-graphql';
import { ClientRecord } from '../client/client-record.entity';

export const SERVICE_NEEDS = ['PSYCHOSOCIAL_SUPPORT', 'SHELTER', 'FAMILY_SUPPORT', 'EDUCATION', 'HEALTH', 'LEGAL_AID'] as const;
export type ServiceNeedCode = (typeof SERVICE_NEEDS)[number];
export const ServiceNeed = enumObject(SERVICE_NEEDS);
registerEnumType(ServiceNeed, {
  name: 'ServiceNeed',
  description:
    'A service a referral asks for: psychosocial support (*pendampingan psikososial*), shelter (*rumah aman*), family support, education, health, legal aid.',
});

export const REFERRAL_STATUSES = ['OPEN', 'WITHDRAWN', 'CLOSED'] as const;
export type ReferralStatusCode = (typeof REFERRAL_STATUSES)[number];
export const ReferralStatus = enumObject(REFERRAL_STATUSES);
registerEnumType(ReferralStatus, {
  name: 'ReferralStatus',
  description: 'OPEN while the receiving agency may act on it (and see the identity); WITHDRAWN by Bapas; CLOSED once handled.',
});

export const REFERRAL_AGENCIES = ['DP3AP2KB'] as const;
export type ReferralAgencyCode = (typeof REFERRAL_AGENCIES)[number];
export const Agency = enumObject(REFERRAL_AGENCIES);
registerEnumType(Agency, { name: 'Agency', description: 'An agency a client can be referred to.' });

/**
 * A referral of a client by Bapas to another agency (*rujukan*). Sending it is Bapas's act of sharing
 * the child's identity with that agency in that district; it lasts while the referral is OPEN.
 */
@Entity({ tableName: 'referral' })
@ObjectType({ description: 'A referral of a client by Bapas to DP3AP2KB (*rujukan*), the cooperation agreement in action.' })
@Directive('@key(fields: "id")')
export class Referral extends ClientRecord {
  @Property({ type: 'string', length: 16, fieldName: 'to_agency' })
  @Field(() => Agency, { description: 'The receiving agency.' })
  toAgency!: ReferralAgencyCode;

  @Property({ type: 'string', length: 4, fieldName: 'district_code' }) districtCode!: string;

  @Property({ type: 'text[]' })
  @Field(() => [ServiceNeed], { description: 'Services needed (*layanan yang dibutuhkan*).' })
  services!: ServiceNeedCode[];

  @Property({ type: 'text' }) @Field({ description: 'Why the client is referred (*alasan rujukan*).' }) reason!: string;

  @Property({ type: 'timestamptz', fieldName: 'sent_at' })
  @Field(() => Date, { description: 'When Bapas sent it.' })
  sentAt!: Date;

  @Property({ type: 'uuid', fieldName: 'sent_by_officer_id' }) sentByOfficerId!: string;

  @Property({ type: 'string', length: 12 })
  @Field(() => ReferralStatus, { description: 'Status of the referral.' })
  status!: ReferralStatusCode;

  @Property({ type: 'timestamptz', nullable: true, fieldName: 'withdrawn_at' })
  @Field(() => Date, { nullable: true, description: 'When Bapas withdrew it (the sharing ends then).' })
  withdrawnAt: Date | null = null;

  @Property({ type: 'text', nullable: true, fieldName: 'withdrawal_reason' })
  @Field(() => String, { nullable: true, description: 'Why it was withdrawn.' })
  withdrawalReason: string | null = null;

  @Property({ type: 'timestamptz', nullable: true, fieldName: 'closed_at' })
  @Field(() => Date, { nullable: true, description: 'When it was closed because DP3AP2KB declined it (the sharing ends then).' })
  closedAt: Date | null = null;

  /** The DP3AP2KB user who closed it by declining (kept for the record, not shown). */
  @Property({ type: 'string', nullable: true, fieldName: 'closed_by' }) closedBy: string | null = null;

  @Property({ type: 'text', nullable: true, fieldName: 'closure_reason' })
  @Field(() => String, { nullable: true, description: 'Why it was closed (the reason DP3AP2KB gave for declining).' })
  closureReason: string | null = null;
}
