import { userError, type UserError } from '@hub/federation';
import { isDistrictCode } from '@hub/reference';

/** A capacity-building or socialisation event: a Jambi district, held already, 1 to 10,000 participants, a title. */
export function checkCapacityEvent(
  event: { districtCode: string; heldOn: string; participants: number; title: string },
  today: string,
): UserError[] {
  const errors: UserError[] = [];
  if (!isDistrictCode(event.districtCode))
    errors.push(userError('input.districtCode', 'UNKNOWN_DISTRICT', `"${event.districtCode}" is not a Jambi district code.`));
  if (event.heldOn > today) errors.push(userError('input.heldOn', 'DATE_IN_FUTURE', 'Record an event once it has been held.'));
  if (!Number.isInteger(event.participants) || event.participants < 1 || event.participants > 10_000)
    errors.push(userError('input.participants', 'INVALID_PARTICIPANTS', 'Participants: 1 to 10,000.'));
  if (event.title.trim().length < 5) errors.push(userError('input.title', 'NAME_REQUIRED', 'Give the title of the event.'));
  return errors;
}
