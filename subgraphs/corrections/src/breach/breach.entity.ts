import { Entity, Index, Property } from '@mikro-orm/postgresql';
import { Field, Int, ObjectType, registerEnumType } from 'type-graphql';
import { DateScalar } from '@hub/federation';
import { enumObject } from '@hub/reference';
import { UuidEntity } from '@hub/server';

export const BREACH_OUTCOMES = ['REPEAT_HOURS', 'SERVE_REPLACED_PRISON', 'PAY_REPLACED_FINE', 'NO_BREACH'] as const;
export type BreachOutcomeCode = (typeof BREACH_OUTCOMES)[number];
export const BreachOutcome = enumObject(BREACH_OUTCOMES);
registerEnumType(BreachOutcome, {
  name: 'BreachOutcome',
  description:
    'What follows a breach report: repeat all or part of the hours (*mengulangi*, KUHP Art. 85(7)(a); SPPA Art. 76(2) for children), serve all or part of the replaced prison term (*menjalani pidana penjara yang diganti*, Art. 85(7)(b)), pay all or part of the replaced fine (*membayar pidana denda yang diganti*, Art. 85(7)(c)), or no breach (a valid reason, *alasan yang sah*).',
});

export const BREACH_REPORT_STATUSES = ['FILED', 'DECIDED'] as const;
export type BreachReportStatusCode = (typeof BREACH_REPORT_STATUSES)[number];
export const BreachReportStatus = enumObject(BREACH_REPORT_STATUSES);
registerEnumType(BreachReportStatus, {
  name: 'BreachReportStatus',
  description: "FILED by the PK, waiting in the prosecutor's inbox; DECIDED once the outcome is recorded.",
});

/**
 * A PK's report that a person did not do their community service without valid reason (*laporan
 * pelanggaran*, KUHP Art. 85(7)), and the outcome the prosecutor records (KUHP Art. 85(8)).
 */
@Entity({ tableName: 'breach_report' })
@ObjectType({
  description:
    'A breach report on a community-service order (*laporan pelanggaran pidana kerja sosial*, KUHP Art. 85(7)): filed by the PK, decided by the supervising prosecutor (Art. 85(8)).',
})
export class BreachReport extends UuidEntity {
  @Index() @Property({ type: 'uuid', fieldName: 'order_id' }) orderId!: string;

  /** The order's district: the prosecutor of that district decides. */
  @Index() @Property({ type: 'string', length: 4, fieldName: 'district_code' }) districtCode!: string;

  @Property({ type: 'uuid', nullable: true, fieldName: 'filed_by_officer_id' }) filedByOfficerId!: string | null;

  @Property({ type: 'timestamptz', fieldName: 'filed_at' })
  @Field(() => Date, { description: 'When the PK filed it.' })
  filedAt!: Date;

  @Property({ type: 'integer', fieldName: 'unacceptable_absences' })
  @Field(() => Int, { description: 'Absences without valid reason the report rests on (*ketidakhadiran tanpa alasan sah*).' })
  unacceptableAbsences!: number;

  @Property({ type: 'date[]', fieldName: 'absence_dates' })
  @Field(() => [DateScalar], { description: 'The days of those absences (Asia/Jakarta).' })
  absenceDates!: string[];

  @Property({ type: 'text' })
  @Field({ description: "The PK's account: what happened and what reasons the person gave (*alasan*)." })
  reasons!: string;

  @Index() @Property({ type: 'string', length: 10 }) @Field(() => BreachReportStatus) status!: BreachReportStatusCode;

  @Property({ type: 'string', length: 24, nullable: true })
  @Field(() => BreachOutcome, { nullable: true, description: 'The outcome, once decided.' })
  outcome!: BreachOutcomeCode | null;

  @Property({ type: 'string', nullable: true, fieldName: 'legal_basis' })
  @Field(() => String, { nullable: true, description: 'The article the outcome rests on, e.g. "KUHP Art. 85(7)(b)".' })
  legalBasis!: string | null;

  @Property({ type: 'integer', nullable: true })
  @Field(() => Int, {
    nullable: true,
    description:
      'How much: hours to repeat, months of the replaced prison term to serve, or rupiah of the replaced fine to pay (all or part).',
  })
  amount!: number | null;

  @Property({ type: 'string', nullable: true, fieldName: 'decision_reference' })
  @Field(() => String, { nullable: true, description: "The prosecutor's or the court's decision number." })
  decisionReference!: string | null;

  @Property({ type: 'text', nullable: true, fieldName: 'outcome_notes' })
  @Field(() => String, { nullable: true, description: 'Notes on the decision.' })
  outcomeNotes!: string | null;

  @Property({ type: 'string', nullable: true, fieldName: 'decided_by' })
  @Field(() => String, { nullable: true, description: 'Who recorded the outcome (the prosecutor).' })
  decidedBy!: string | null;

  @Property({ type: 'timestamptz', nullable: true, fieldName: 'decided_at' })
  @Field(() => Date, { nullable: true })
  decidedAt!: Date | null;
}
