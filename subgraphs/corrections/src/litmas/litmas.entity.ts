import { Entity, Index, Property } from '@mikro-orm/postgresql';
import { Field, ObjectType, registerEnumType } from 'type-graphql';
import { UuidEntity } from '@hub/server';

export const LITMAS_PURPOSES = ['DIVERSION', 'TRIAL', 'GUIDANCE', 'ASSIMILATION', 'REINTEGRATION'] as const;
export type LitmasPurposeCode = (typeof LITMAS_PURPOSES)[number];
export const LitmasPurpose = Object.fromEntries(LITMAS_PURPOSES.map((v) => [v, v])) as { [K in LitmasPurposeCode]: K };
registerEnumType(LitmasPurpose, {
  name: 'LitmasPurpose',
  description:
    'Purpose of a social-inquiry report: diversion (*diversi*), trial (*sidang*), guidance (*pembimbingan*), assimilation (*asimilasi*), reintegration (*integrasi*: parole, conditional leave).',
});

export const LITMAS_REQUESTERS = ['INVESTIGATOR', 'PROSECUTOR', 'COURT', 'CORRECTIONAL_INSTITUTION', 'OTHER'] as const;
export type LitmasRequesterCode = (typeof LITMAS_REQUESTERS)[number];
export const LitmasRequester = Object.fromEntries(LITMAS_REQUESTERS.map((v) => [v, v])) as {
  [K in LitmasRequesterCode]: K;
};
registerEnumType(LitmasRequester, {
  name: 'LitmasRequester',
  description:
    'Who asks for a Litmas: investigator (*penyidik*), prosecutor (*penuntut umum*), court (*pengadilan*), correctional institution (*Lapas/LPKA/Rutan*), other.',
});

/** A social-inquiry report (*penelitian kemasyarakatan*, Litmas) requested from the PK. */
@Entity({ tableName: 'social_inquiry_report' })
@ObjectType({
  description:
    "A social-inquiry report (*Litmas*), due 3×24 hours after an investigator's or diversion request (PP 65/2015), other purposes by the rule set.",
})
export class SocialInquiryReport extends UuidEntity {
  @Index() @Property({ type: 'uuid', fieldName: 'case_id' }) caseId!: string;

  @Property({ type: 'string', length: 20 })
  @Field(() => LitmasPurpose, { description: 'Why the report was requested.' })
  purpose!: LitmasPurposeCode;

  @Property({ type: 'string' })
  @Field({ description: 'Who asked for it (police, prosecutor, court, correctional institution).' })
  requester!: string;

  @Property({ type: 'string', length: 32, nullable: true, fieldName: 'requester_kind' })
  @Field(() => LitmasRequester, {
    nullable: true,
    description: "The kind of requester; an investigator's request is due in 3×24 hours (PP 65/2015).",
  })
  requesterKind!: LitmasRequesterCode | null;

  @Property({ type: 'timestamptz', fieldName: 'requested_at' })
  @Field(() => Date, { description: 'When the request arrived.' })
  requestedAt!: Date;

  @Property({ type: 'timestamptz', fieldName: 'due_at' })
  @Field(() => Date, {
    description:
      "When the report is due: 3×24 hours after an investigator's or a diversion request (PP 65/2015); other purposes by the rule set.",
  })
  dueAt!: Date;

  @Property({ type: 'text', nullable: true, fieldName: 'due_basis' })
  @Field(() => String, { nullable: true, description: 'Why it is due then: the regulation, or the rule set and purpose.' })
  dueBasis!: string | null;

  @Property({ type: 'uuid', nullable: true, fieldName: 'officer_id' }) officerId!: string | null;

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
