import { userError, type UserError } from '@hub/federation';
import type { ProtectionCase } from '../protection-case/protection-case.entity';
import type { ServiceKindCode } from './psychosocial-service.entity';

/** Who records a service, as the rules see them. */
export interface ServiceRecorder {
  /** The recorder is the psychologist assigned to the case (the only writer of clinical notes). */
  assignedPsychologist: boolean;
  psychologist: boolean;
  /** The recorder's caseworker record; a service is delivered by someone. */
  caseworkerId: string | null;
}

/**
 * A service record: on an open case, delivered (not in the future), clinical notes only from the
 * assigned psychologist, a clinical psychologist's session only from a psychologist.
 */
export function checkServiceRecord(
  pc: Pick<ProtectionCase, 'status'>,
  service: { kind: ServiceKindCode; deliveredAt: Date; clinicalNotes?: string | null },
  recorder: ServiceRecorder,
  now: Date,
): UserError[] {
  const errors: UserError[] = [];
  if (pc.status === 'CLOSED')
    errors.push(userError('input.protectionCaseId', 'CASE_CLOSED', 'The case is closed and read-only; reopen it first.'));
  if (service.deliveredAt.getTime() > now.getTime() + 60_000)
    errors.push(userError('input.deliveredAt', 'IN_FUTURE', 'A service is recorded after it is delivered.'));
  if (service.clinicalNotes && !recorder.assignedPsychologist) {
    errors.push(
      userError(
        'input.clinicalNotes',
        'NOTES_PSYCHOLOGIST_ONLY',
        'Only the psychologist assigned to the case writes clinical notes.',
      ),
    );
  }
  if (service.kind === 'CLINICAL_PSYCHOLOGIST' && !recorder.psychologist)
    errors.push(
      userError(
        'input.kind',
        'PSYCHOLOGIST_ONLY',
        'A clinical psychologist session is recorded by the psychologist who held it.',
      ),
    );
  if (!recorder.caseworkerId)
    errors.push(userError('input.protectionCaseId', 'NOT_A_CASEWORKER', 'Your account is not linked to a caseworker record.'));
  return errors;
}
