import { Arg, Ctx, Mutation, Resolver } from 'type-graphql';
import { payloadOf } from '@hub/federation';
import type { WorksitesContext } from '../context';
import { RecordAttendanceInput, RecordAttendancePayload } from './attendance.input';
import { recordAttendance } from './attendance.service';

@Resolver()
export class AttendanceResolver {
  @Mutation(() => RecordAttendancePayload, {
    description:
      "Records one day's attendance. The idempotency key is required: a retry returns the first result and writes nothing. Two submissions for the same person at once cannot together pass the daily cap.",
  })
  async recordAttendance(@Arg('input', () => RecordAttendanceInput) input: RecordAttendanceInput, @Ctx() ctx: WorksitesContext) {
    return payloadOf(RecordAttendancePayload, await recordAttendance(ctx, input));
  }
}
