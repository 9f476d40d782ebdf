import { userError, type UserError } from '@hub/federation';
import { isDistrictCode } from '@hub/reference';
import type { RegisterProviderInput } from './provider.input';

/** A provider is named and in a Jambi district. */
export function checkProvider(input: RegisterProviderInput): UserError[] {
  const errors: UserError[] = [];
  if (input.name.trim().length < 3) errors.push(userError('input.name', 'NAME_REQUIRED', 'Name the provider.'));
  if (!isDistrictCode(input.districtCode))
    errors.push(userError('input.districtCode', 'UNKNOWN_DISTRICT', `"${input.districtCode}" is not a Jambi district code.`));
  return errors;
}
