import { mutation, mutationsOf } from '@hub/server';
import type { WorksitesContext } from '../context';
import { RecordAttendanceInput, RecordAttendancePayload } from './attendance.input';
import { recordAttendance } from './attendance.service';

export const AttendanceMutations = mutationsOf<WorksitesContext>({
  recordAttendance: mutation(
    RecordAttendancePayload,
    RecordAttendanceInput,
    recordAttendance,
    "Records one day's attendance. The idempotency key is required: a retry returns the first result and writes nothing. Two submissions for the same person at once cannot together pass the daily cap.",
  ),
});
