import { userError, type UserError } from '@hub/federation';
import type { RecordSupervisionSessionInput } from './supervision.input';

/** A session: held (not in the future), where and what, by a PK (the caller or the client's). */
export function checkSession(input: RecordSupervisionSessionInput, officerId: string | null, today: string): UserError[] {
  const errors: UserError[] = [];
  if (input.heldOn > today)
    errors.push(userError('input.heldOn', 'DATE_IN_FUTURE', 'A session cannot be recorded before it is held.'));
  if (input.place.trim().length < 3) errors.push(userError('input.place', 'PLACE_REQUIRED', 'Say where the session was held.'));
  if (input.summary.trim().length < 10)
    errors.push(userError('input.summary', 'SUMMARY_REQUIRED', 'Summarise the session (at least 10 characters).'));
  if (!officerId) errors.push(userError('input.clientId', 'NO_OFFICER', 'Assign a PK to the client first.'));
  return errors;
}
