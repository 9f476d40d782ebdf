import { userError, type UserError } from '@hub/federation';
import { addMonths, ageOn, isDistrictCode, rulesOn } from '@hub/reference';
import type { RecordUnder12DecisionInput } from './under12.input';

const ARTICLE = 'SPPA Art. 21(1); KUHP Art. 41';

/** Checks a decision for a child under 12; each refusal names its field, rule and article. */
export function checkUnder12(input: RecordUnder12DecisionInput, today: string): UserError[] {
  const errors: UserError[] = [];
  const rules = rulesOn(input.offenseDate);
  if (input.offenseDate > today || input.offenseDate < input.childBirthDate)
    errors.push(
      userError(
        'input.offenseDate',
        'IMPLAUSIBLE_OFFENSE_DATE',
        'The offence date is after the birth date and not in the future.',
      ),
    );
  else if (ageOn(input.childBirthDate, input.offenseDate) >= rules.minimumAgeOfResponsibility)
    errors.push(
      userError(
        'input.childBirthDate',
        'NOT_UNDER_12',
        `The child was ${ageOn(input.childBirthDate, input.offenseDate)} at the offence: from ${rules.minimumAgeOfResponsibility} a child is registered as a client (SPPA Art. 1(3)).`,
        ARTICLE,
      ),
    );
  if (!isDistrictCode(input.districtCode))
    errors.push(userError('input.districtCode', 'UNKNOWN_DISTRICT', `"${input.districtCode}" is not a Jambi district code.`));
  if (input.investigator.trim().length < 3 || input.socialWorker.trim().length < 3)
    errors.push(
      userError(
        input.investigator.trim().length < 3 ? 'input.investigator' : 'input.socialWorker',
        'PARTICIPANTS_REQUIRED',
        'The investigator, the PK and a professional social worker decide together: name each.',
        ARTICLE,
      ),
    );
  if (input.decidedOn > today || input.decidedOn < input.offenseDate)
    errors.push(userError('input.decidedOn', 'DATE_OUT_OF_RANGE', 'The decision falls between the offence date and today.'));
  if (input.offenseDescription.trim().length < 10)
    errors.push(
      userError('input.offenseDescription', 'DESCRIPTION_REQUIRED', 'Describe what happened (at least 10 characters).'),
    );
  if (input.outcome === 'PROGRAMME') {
    const max = rules.under12ProgrammeMaxMonths;
    if (!input.institution?.trim())
      errors.push(
        userError('input.institution', 'INSTITUTION_REQUIRED', 'Name the government agency or LPKS.', 'SPPA Art. 21(1)(b)'),
      );
    const months = input.programmeMonths ?? null;
    if (months === null || months < 1 || months > max)
      errors.push(
        userError(
          'input.programmeMonths',
          'PROGRAMME_TOO_LONG',
          `A programme lasts 1 to ${max} months.`,
          'SPPA Art. 21(1)(b); KUHP Art. 41',
        ),
      );
    else if (input.reviewOn && (input.reviewOn <= input.decidedOn || input.reviewOn > addMonths(input.decidedOn, months)))
      errors.push(
        userError(
          'input.reviewOn',
          'REVIEW_OUT_OF_RANGE',
          `Bapas evaluates the programme before it ends: after ${input.decidedOn} and by ${addMonths(input.decidedOn, months)}.`,
          'SPPA Art. 21(3)',
        ),
      );
  } else if (input.institution || input.programmeMonths || input.reviewOn) {
    errors.push(
      userError('input.outcome', 'PROGRAMME_FIELDS_FOR_PROGRAMME', 'Institution, months and review are for a programme only.'),
    );
  }
  return errors;
}

/** The PK named in a decision must be one of this Bapas. */
export function checkOfficer(officerKnown: boolean): UserError[] {
  return officerKnown ? [] : [userError('input.officerId', 'UNKNOWN_OFFICER', 'Name a PK of this Bapas.')];
}
