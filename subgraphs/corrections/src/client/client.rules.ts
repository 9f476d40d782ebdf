import { userError, type UserError } from '@hub/federation';
import { ageOn, isDistrictCode, rulesOn } from '@hub/reference';
import type { ClientCategoryCode, ClientStatusCode } from '../enums';
import { CLIENT_TRANSITIONS, transitionRefusal } from '../lifecycle/lifecycle.rules';
import type { Officer } from '../officer/officer.entity';
import type { Client } from './client.entity';
import type { RegisterClientInput } from './client.input';

/** Checks a registration; every problem is reported, each naming its field and rule. */
export function checkRegistration(input: RegisterClientInput, today: string): UserError[] {
  const errors: UserError[] = [];
  if (!/^[A-Z0-9][A-Z0-9./-]{2,39}$/.test(input.registerNumber)) {
    errors.push(
      userError(
        'input.registerNumber',
        'INVALID_REGISTER_NUMBER',
        'The register number is 3 to 40 capital letters, digits, ".", "/" or "-".',
      ),
    );
  }
  if (input.fullName.trim().length < 2 || input.fullName.length > 200) {
    errors.push(userError('input.fullName', 'INVALID_NAME', 'The full name must be 2 to 200 characters.'));
  }
  if (!/^\d{16}$/.test(input.nik)) {
    errors.push(userError('input.nik', 'INVALID_NIK', 'The NIK must be exactly 16 digits, as on the KTP or family card (KK).'));
  }
  if (!isDistrictCode(input.districtCode)) {
    errors.push(
      userError(
        'input.districtCode',
        'UNKNOWN_DISTRICT',
        `"${input.districtCode}" is not a Jambi district code (e.g. 1507 Tanjung Jabung Barat).`,
      ),
    );
  }
  if (input.address.trim().length < 5)
    errors.push(userError('input.address', 'INVALID_ADDRESS', 'Give the address of residence.'));
  if (input.birthDate > today || input.birthDate < '1900-01-01') {
    errors.push(
      userError('input.birthDate', 'IMPLAUSIBLE_BIRTH_DATE', 'The birth date must be after 1900 and not in the future.'),
    );
    return errors;
  }
  const implausible = implausibleOffenseDate(input.birthDate, input.offenseDate, today);
  if (implausible) return [...errors, implausible];
  const underAge = underAgeOfResponsibility(
    input.birthDate,
    input.offenseDate,
    (age, minimum) =>
      `The person was ${age} at the offence; under ${minimum} there is no criminal responsibility and Bapas does not register them as a client: record the decision taken with the investigator and a professional social worker instead (recordUnder12Decision).`,
  );
  if (underAge) {
    errors.push(underAge);
  } else if (categoryAt(input.birthDate, input.offenseDate) === 'CHILD_IN_CONFLICT' && !input.guardianName?.trim()) {
    errors.push(
      userError('input.guardianName', 'GUARDIAN_REQUIRED', 'A child client needs a parent or guardian recorded.', 'SPPA Art. 23'),
    );
  }
  return errors;
}

/** The refusal of an offence date before the birth date or in the future; null when plausible. */
export function implausibleOffenseDate(birthDate: string, offenseDate: string, today: string): UserError | null {
  if (!(offenseDate > today || offenseDate < birthDate)) return null;
  return userError(
    'input.offenseDate',
    'IMPLAUSIBLE_OFFENSE_DATE',
    'The offence date must be after the birth date and not in the future.',
  );
}

/**
 * The refusal of an offence committed below the minimum age of criminal responsibility of its day
 * (KUHP Art. 40, 41; SPPA Art. 1(3), 21), in `message`'s words (the age, the minimum); null otherwise.
 */
export function underAgeOfResponsibility(
  birthDate: string,
  offenseDate: string,
  message: (age: number, minimum: number) => string,
): UserError | null {
  const minimum = rulesOn(offenseDate).minimumAgeOfResponsibility;
  const age = ageOn(birthDate, offenseDate);
  if (age >= minimum) return null;
  return userError(
    'input.offenseDate',
    'UNDER_AGE_OF_RESPONSIBILITY',
    message(age, minimum),
    'KUHP Art. 40, 41; SPPA Art. 1(3), 21',
  );
}

/** The category follows the age at the offence date, not today (DOMAIN.md §2). */
export function categoryAt(birthDate: string, offenseDate: string): ClientCategoryCode {
  return ageOn(birthDate, offenseDate) >= rulesOn(offenseDate).adultAge ? 'ADULT' : 'CHILD_IN_CONFLICT';
}

/** Assigning a PK: a known officer, not the current one, to a client whose guidance is open. The first problem only. */
export function checkAssignment(client: Pick<Client, 'officerId' | 'status'>, officer: Officer | null): UserError[] {
  if (!officer) return [userError('input.officerId', 'UNKNOWN_OFFICER', 'There is no officer with this id.')];
  if (client.officerId === officer.id)
    return [userError('input.officerId', 'ALREADY_ASSIGNED', `${officer.name} is already the client's PK.`)];
  if (client.status === 'CLOSED')
    return [userError('input.clientId', 'CLIENT_CLOSED', "The client's guidance is closed; reopen it before assigning a PK.")];
  return [];
}

/** A change of status along the client's lifecycle (DOMAIN.md §3). */
export function checkStatusChange(client: Pick<Client, 'status'>, next: ClientStatusCode): UserError[] {
  const refusal = transitionRefusal(CLIENT_TRANSITIONS, client.status, next, 'client');
  return refusal ? [userError('input.status', 'INVALID_TRANSITION', refusal)] : [];
}
