import { Entity, Index, PrimaryKey, Property } from '@mikro-orm/postgresql';
import { Field, ID, ObjectType, registerEnumType } from 'type-graphql';

export const LITMAS_PURPOSES = ['DIVERSION', 'TRIAL', 'GUIDANCE', 'ASSIMILATION', 'REINTEGRATION'] as const;
export type LitmasPurposeCode = (typeof LITMAS_PURPOSES)[number];
export const LitmasPurpose = Object.fromEntries(LITMAS_PURPOSES.map((v) => [v, v])) as { [K in LitmasPurposeCode]: K };
registerEnumType(LitmasPurpose, {
  name: 'LitmasPurpose',
  description:
    'Purpose of a social-inquiry report: diversion (*diversi*), trial (*sidang*), guidance (*pembimbingan*), assimilation (*asimilasi*), reintegration (*integrasi*: parole, conditional leave).',
});

/** A social-inquiry report (*penelitian kemasyarakatan*, Litmas) requested from the PK. */
@Entity({ tableName: 'social_inquiry_report' })
@ObjectType({ description: 'A social-inquiry report (*Litmas*), due 3×24 hours after the request (PP 65/2015).' })
export class SocialInquiryReport {
  @PrimaryKey({ type: 'uuid' })
  @Field(() => ID)
  id!: string;

  @Index()
  @Property({ type: 'uuid', fieldName: 'case_id' })
  caseId!: string;

  @Property({ type: 'string', length: 20 })
  @Field(() => LitmasPurpose, { description: 'Why the report was requested.' })
  purpose!: LitmasPurposeCode;

  @Property({ type: 'string' })
  @Field({ description: 'Who asked for it (police, prosecutor, court, correctional institution).' })
  requester!: string;

  @Property({ type: 'timestamptz', fieldName: 'requested_at' })
  @Field(() => Date, { description: 'When the request arrived.' })
  requestedAt!: Date;

  @Property({ type: 'timestamptz', fieldName: 'due_at' })
  @Field(() => Date, { description: 'When the report is due: the request + 3×24 hours (configurable per purpose).' })
  dueAt!: Date;

  @Property({ type: 'uuid', nullable: true, fieldName: 'officer_id' })
  officerId!: string | null;

  @Property({ type: 'timestamptz', nullable: true, fieldName: 'submitted_at' })
  @Field(() => Date, { nullable: true, description: 'When the PK submitted it.' })
  submittedAt!: Date | null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: "The PK's recommendation (*rekomendasi*)." })
  recommendation!: string | null;
}

/** Overdue: not submitted by its due time, or submitted after it. */
export function isOverdue(report: Pick<SocialInquiryReport, 'dueAt' | 'submittedAt'>, now: Date = new Date()): boolean {
  return (report.submittedAt ?? now).getTime() > report.dueAt.getTime();
}
