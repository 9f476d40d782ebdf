import { DecimalType, Entity, Index, Property } from '@mikro-orm/postgresql';
import { Field, Float, ObjectType } from 'type-graphql';
import { DateScalar } from '@hub/federation';
import { AttendanceOutcome, type AttendanceOutcomeCode } from '../enums';
import { UuidEntity } from '@hub/server';

/** One day's attendance at a placement (*catatan kehadiran*). Corrections are new rows, never edits. */
@Entity({ tableName: 'attendance_record' })
@ObjectType({ description: "One day's attendance at a placement (*catatan kehadiran*)." })
export class AttendanceRecord extends UuidEntity {
  @Index() @Property({ type: 'uuid', fieldName: 'placement_id' }) placementId!: string;

  @Property({ type: 'date' })
  @Field(() => DateScalar, { description: 'The day worked (*tanggal*), Asia/Jakarta.' })
  date!: string;

  @Property({ type: new DecimalType('number'), precision: 4, scale: 2 })
  @Field(() => Float, { description: 'Hours credited that day (*jam*); above 0 only when attended.' })
  hours!: number;

  @Property({ type: 'string', length: 24 })
  @Field(() => AttendanceOutcome, { description: 'Outcome of the day.' })
  outcome!: AttendanceOutcomeCode;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'What the person did (*kegiatan*).' })
  activity!: string | null;

  @Property({ type: 'timestamptz', fieldName: 'recorded_at' })
  @Field(() => Date, { description: 'When the supervisor recorded it.' })
  recordedAt!: Date;

  @Property({ type: 'string', fieldName: 'recorded_by' }) recordedBy: string = 'seed';

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Reason, for an acceptable absence or a correction.' })
  reason: string | null = null;

  /** The earlier record this one corrects; the earlier one then no longer counts. */
  @Property({ type: 'uuid', nullable: true, fieldName: 'supersedes_id' }) supersedesId: string | null = null;
}

/** The records that count: those no later record supersedes. */
export function effectiveRecords(records: AttendanceRecord[]): AttendanceRecord[] {
  const superseded = new Set(records.map((r) => r.supersedesId).filter((id): id is string => !!id));
  return records.filter((r) => !superseded.has(r.id));
}
