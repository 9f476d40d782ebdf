import { userError, type UserError } from '@hub/federation';
import { isDistrictCode } from '@hub/reference';
import type { WorkSiteInput } from './site.input';
import type { WorkSite } from './site.entity';

const TIME = /^([01]\d|2[0-3]):[0-5]\d$/;

/** Checks a site's description (non-commercial work confirmed, KUHP Art. 85(3)); each problem names its field. */
export function checkSite(input: WorkSiteInput): UserError[] {
  const errors: UserError[] = [];
  if (input.name.trim().length < 3)
    errors.push(userError('input.name', 'NAME_REQUIRED', 'Name the site (at least 3 characters).'));
  if (!isDistrictCode(input.districtCode))
    errors.push(userError('input.districtCode', 'UNKNOWN_DISTRICT', `"${input.districtCode}" is not a Jambi district code.`));
  if (input.address.trim().length < 5)
    errors.push(userError('input.address', 'ADDRESS_REQUIRED', 'Give the address of the site.'));
  if (input.activities.filter((a) => a.trim()).length === 0)
    errors.push(userError('input.activities', 'ACTIVITIES_REQUIRED', 'Name at least one activity.'));
  if (!Number.isInteger(input.capacity) || input.capacity < 1 || input.capacity > 100) {
    errors.push(userError('input.capacity', 'INVALID_CAPACITY', 'Capacity is 1 to 100 people at once.'));
  }
  if (input.availability.length === 0)
    errors.push(userError('input.availability', 'AVAILABILITY_REQUIRED', 'Give at least one weekly window.'));
  input.availability.forEach((slot, i) => {
    if (
      slot.weekday < 1 ||
      slot.weekday > 7 ||
      !TIME.test(slot.startTime) ||
      !TIME.test(slot.endTime) ||
      slot.startTime >= slot.endTime
    ) {
      errors.push(userError(`input.availability[${i}]`, 'INVALID_SLOT', 'A window is a weekday 1–7 and HH:MM start before end.'));
    }
  });
  if (!input.nonCommercialConfirmed) {
    errors.push(
      userError(
        'input.nonCommercialConfirmed',
        'COMMERCIAL_WORK',
        'Community service must not be commercial work; the provider must confirm it.',
        'KUHP Art. 85(3)',
      ),
    );
  }
  return errors;
}

/** An update: the description's rules, and a capacity never below the places in use. */
export function checkSiteUpdate(input: WorkSiteInput, inUse: number): UserError[] {
  const errors = checkSite(input);
  if (input.capacity < inUse)
    errors.push(userError('input.capacity', 'CAPACITY_IN_USE', `${inUse} places are in use; capacity cannot be lower.`));
  return errors;
}

/** Deactivating: only an active site. */
export function checkDeactivation(site: Pick<WorkSite, 'active'>): UserError[] {
  return site.active ? [] : [userError('siteId', 'ALREADY_INACTIVE', 'The site is already inactive.')];
}
