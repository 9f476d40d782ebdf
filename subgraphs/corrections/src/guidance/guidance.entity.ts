import { Entity, Index, Property } from '@mikro-orm/postgresql';
import { Field, Int, ObjectType } from 'type-graphql';
import { addDays } from '@hub/reference';
import { DateScalar } from '@hub/federation';
import { UuidEntity } from '@hub/server';
import { ClientOfficerRecord } from '../client/client-record.entity';

/** A client's guidance plan (*rencana pembimbingan*) with its reporting duty (*wajib lapor*). */
@Entity({ tableName: 'guidance_plan' })
@ObjectType({
  description: "A client's guidance plan (*rencana pembimbingan*) with a reporting duty (*wajib lapor*) every few days.",
})
export class GuidancePlan extends ClientOfficerRecord {
  @Property({ type: 'date', fieldName: 'starts_on' }) @Field(() => DateScalar) startsOn!: string;

  @Property({ type: 'date', fieldName: 'ends_on' }) @Field(() => DateScalar) endsOn!: string;

  @Property({ type: 'integer', fieldName: 'report_every_days' })
  @Field(() => Int, { description: 'The client reports to the PK every this many days (*wajib lapor*).' })
  reportEveryDays!: number;

  @Property({ type: 'text' }) @Field({ description: 'Goals of the guidance (*tujuan pembimbingan*).' }) goals!: string;
}

/** One report the client made under the duty. */
@Entity({ tableName: 'guidance_report' })
@ObjectType({ description: 'A report made under the reporting duty (*laporan wajib lapor*).' })
export class GuidanceReport extends UuidEntity {
  @Index() @Property({ type: 'uuid', fieldName: 'plan_id' }) planId!: string;

  @Property({ type: 'date', fieldName: 'due_on' })
  @Field(() => DateScalar, { description: 'The scheduled day it answers.' })
  dueOn!: string;

  @Property({ type: 'date', fieldName: 'reported_on' }) @Field(() => DateScalar) reportedOn!: string;

  @Property({ type: 'string', length: 16 }) @Field({ description: 'OFFICE, PHONE or HOME_VISIT.' }) mode!: string;
}

/** The scheduled reporting days of a plan up to a day (inclusive). */
export function dueDates(plan: Pick<GuidancePlan, 'startsOn' | 'endsOn' | 'reportEveryDays'>, until: string): string[] {
  const out: string[] = [];
  for (let d = addDays(plan.startsOn, plan.reportEveryDays); d <= plan.endsOn && d <= until; d = addDays(d, plan.reportEveryDays))
    out.push(d);
  return out;
}

/** Scheduled days before today without a report: the missed reports the PK must follow up. */
export function missedReports(
  plan: Pick<GuidancePlan, 'startsOn' | 'endsOn' | 'reportEveryDays'>,
  reports: Pick<GuidanceReport, 'dueOn'>[],
  today: string,
): string[] {
  const made = new Set(reports.map((r) => r.dueOn));
  return dueDates(plan, addDays(today, -1)).filter((d) => !made.has(d));
}
