import { Entity, Property } from '@mikro-orm/postgresql';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { DateScalar } from '@hub/federation';
import { enumObject } from '@hub/reference';
import { UuidEntity } from '@hub/server';

/** What one party shares with another under an agreement. */
export const SHARED_DATA = ['CLIENT_IDENTITY', 'REFERRAL', 'SERVICE_STATUS', 'ORDER_PROGRESS', 'AGGREGATE_STATISTICS'] as const;
export type SharedDataCode = (typeof SHARED_DATA)[number];
export const SharedData = enumObject(SHARED_DATA);
registerEnumType(SharedData, {
  name: 'SharedData',
  description:
    "Data one party shares with another under an agreement: a referred child's identity (*identitas anak*), the referral, the service status and count, an order's progress, aggregate statistics.",
});

export const AGREEMENT_STATUSES = ['NOT_YET_IN_FORCE', 'IN_FORCE', 'LAPSED', 'TERMINATED'] as const;
export type AgreementStatusCode = (typeof AGREEMENT_STATUSES)[number];
export const AgreementStatus = enumObject(AGREEMENT_STATUSES);
registerEnumType(AgreementStatus, {
  name: 'AgreementStatus',
  description:
    'Whether the agreement is in force today (Asia/Jakarta): not yet, in force, lapsed at the end of its term, terminated.',
});

@ObjectType({ description: 'A party to a cooperation agreement (*pihak*).' })
export class AgreementParty {
  @Field({ description: 'Agency code, e.g. "BAPAS", "DP3AP2KB".' }) agency!: string;

  @Field({ description: 'Name of the office, e.g. "Bapas Kelas I Jambi".' }) name!: string;

  @Field(() => String, { nullable: true, description: 'BPS code of the district it serves, if it is a district office.' })
  districtCode!: string | null;
}

@ObjectType({ description: 'A signatory of a cooperation agreement (*penandatangan*).' })
export class AgreementSignatory {
  @Field() name!: string;

  @Field({ description: 'Position, e.g. "Kepala Bapas Kelas I Jambi".' }) position!: string;

  @Field() agency!: string;
}

@ObjectType({ description: 'What one party shares with another under the agreement, and why.' })
export class DataSharingScope {
  @Field() fromAgency!: string;

  @Field() toAgency!: string;

  @Field(() => [SharedData]) data!: SharedDataCode[];

  @Field({ description: 'The purpose of the sharing, as the agreement states it.' }) purpose!: string;
}

/**
 * A cooperation agreement (*Perjanjian Kerja Sama*, PKS) as data: parties, signatories, term and
 * scope. Sharing a child's identity across agencies needs one in force for the district.
 */
@Entity({ tableName: 'cooperation_agreement' })
@ObjectType({
  description:
    'A cooperation agreement (*Perjanjian Kerja Sama*, PKS): parties, signatories, term and scope; cross-agency identity sharing needs one in force.',
})
export class CooperationAgreement extends UuidEntity {
  @Property({ type: 'string', unique: true }) @Field({ description: 'Agreement number (*nomor PKS*).' }) number!: string;

  @Property({ type: 'text' }) @Field({ description: 'Title (*judul*).' }) title!: string;

  @Property({ type: 'date', fieldName: 'signed_on' })
  @Field(() => DateScalar, { description: 'Day it was signed.' })
  signedOn!: string;

  @Property({ type: 'date', fieldName: 'effective_from' })
  @Field(() => DateScalar, { description: 'First day in force.' })
  effectiveFrom!: string;

  @Property({ type: 'date', fieldName: 'effective_until', nullable: true })
  @Field(() => DateScalar, { nullable: true, description: 'Last day in force (the end of its term); null when open-ended.' })
  effectiveUntil!: string | null;

  @Property({ type: 'date', fieldName: 'terminated_on', nullable: true })
  @Field(() => DateScalar, { nullable: true, description: 'Day it was terminated early, if it was.' })
  terminatedOn!: string | null;

  @Property({ type: 'text', fieldName: 'termination_reason', nullable: true })
  @Field(() => String, { nullable: true })
  terminationReason!: string | null;

  @Property({ type: 'text[]', fieldName: 'district_codes' }) districtCodes!: string[];

  @Property({ type: 'jsonb' }) @Field(() => [AgreementParty]) parties!: AgreementParty[];

  @Property({ type: 'jsonb' }) @Field(() => [AgreementSignatory]) signatories!: AgreementSignatory[];

  @Property({ type: 'text[]' })
  @Field(() => [String], { description: 'The services the parties provide under it (*ruang lingkup*).' })
  services!: string[];

  @Property({ type: 'jsonb', fieldName: 'data_sharing' })
  @Field(() => [DataSharingScope], { description: 'The data each party shares, with whom and why.' })
  dataSharing!: DataSharingScope[];
}

/** The agreement's status on a day (Asia/Jakarta). */
export function agreementStatusOn(a: CooperationAgreement, day: string): AgreementStatusCode {
  if (a.terminatedOn && a.terminatedOn <= day) return 'TERMINATED';
  if (day < a.effectiveFrom) return 'NOT_YET_IN_FORCE';
  if (a.effectiveUntil && day > a.effectiveUntil) return 'LAPSED';
  return 'IN_FORCE';
}

/** Whether the agreement lets `from` share `data` with `to` in the district on that day. */
export function allowsSharing(
  a: CooperationAgreement,
  day: string,
  from: string,
  to: string,
  data: SharedDataCode,
  districtCode: string,
): boolean {
  return (
    agreementStatusOn(a, day) === 'IN_FORCE' &&
    a.districtCodes.includes(districtCode) &&
    a.dataSharing.some((s) => s.fromAgency === from && s.toAgency === to && s.data.includes(data))
  );
}

/**
 * Why a referred child's identity is not shared with DP3AP2KB in a district: the agreement that
 * covered it and how it ended, or that none covers the district. Null when one is in force.
 */
export function sharingRefusal(agreements: readonly CooperationAgreement[], day: string, districtCode: string): string | null {
  const covering = agreements.filter(
    (a) =>
      a.districtCodes.includes(districtCode) &&
      a.dataSharing.some((s) => s.fromAgency === 'BAPAS' && s.toAgency === 'DP3AP2KB' && s.data.includes('CLIENT_IDENTITY')),
  );
  if (covering.some((a) => agreementStatusOn(a, day) === 'IN_FORCE')) return null;
  const last = [...covering].sort((x, y) => (x.effectiveFrom < y.effectiveFrom ? 1 : -1))[0];
  if (!last)
    return `No cooperation agreement covers sharing a referred child's identity with DP3AP2KB in district ${districtCode}.`;
  const status = agreementStatusOn(last, day);
  const how =
    status === 'TERMINATED'
      ? `was terminated on ${last.terminatedOn}`
      : status === 'LAPSED'
        ? `lapsed after ${last.effectiveUntil}`
        : `is in force only from ${last.effectiveFrom}`;
  return `The cooperation agreement ${last.number} ${how}: a referred child's identity is not shared with DP3AP2KB until an agreement is in force.`;
}
