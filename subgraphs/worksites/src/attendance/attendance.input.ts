import { Field, Float, ID, InputType, ObjectType } from 'type-graphql';
import { DateScalar, PayloadOf } from '@hub/federation';
import { AttendanceOutcome, type AttendanceOutcomeCode } from '../enums';
import { Placement } from '../placement/placement.entity';
import { AttendanceRecord } from './attendance.entity';
import { OnPlacement } from '../placement/placement.input';

@InputType({ description: "One day's attendance at a placement, from the site supervisor (or the PK)." })
export class RecordAttendanceInput extends OnPlacement {
  @Field(() => DateScalar, { description: 'The day worked, Asia/Jakarta.' }) date!: string;

  @Field(() => Float, { description: 'Hours worked, in quarter hours; 0 unless attended.' }) hours!: number;

  @Field(() => AttendanceOutcome) outcome!: AttendanceOutcomeCode;

  @Field(() => String, { nullable: true }) activity?: string | null;

  @Field(() => String, { nullable: true, description: 'Required for an acceptable absence; useful for a correction.' })
  reason?: string | null;

  @Field(() => ID, { nullable: true, description: 'The record this one corrects (a correction never edits in place).' })
  supersedesId?: string | null;

  @Field({ description: 'Required: a phone that retries must send the same key, so hours are never counted twice.' })
  idempotencyKey!: string;
}

@ObjectType({ description: 'The result of recordAttendance.' })
export class RecordAttendancePayload extends PayloadOf(
  { attendance: AttendanceRecord, placement: Placement },
  { replayed: 'True when this was a retry of a request already recorded: nothing was written again.' },
) {}
