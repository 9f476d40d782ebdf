import { randomUUID } from 'node:crypto';
import { ForbiddenError } from '@hub/errors';
import { addMonths, jakartaDate } from '@hub/reference';
import { runCommand, writtenPayload } from '@hub/server';
import type { CorrectionsContext } from '../context';
import { officerWorkScope } from '../officer/officer.access';
import { Officer } from '../officer/officer.entity';
import { recordingOfficer } from './under12.access';
import { Under12Decision } from './under12.entity';
import type { RecordUnder12DecisionInput } from './under12.input';
import { checkOfficer, checkUnder12 } from './under12.rules';

/** Decisions a PK took part in; the head's whole office. */
export const under12Scope = officerWorkScope<Under12Decision>();

/** Decisions for children under 12 the viewer may see, newest first. */
export async function under12Decisions(ctx: CorrectionsContext): Promise<Under12Decision[]> {
  const scope = under12Scope.where(ctx.viewer, ctx.em);
  return scope ? ctx.em.find(Under12Decision, scope, { orderBy: { decidedOn: 'desc', id: 'asc' } }) : [];
}

/**
 * Records the decision for a child under 12 (SPPA Art. 21; KUHP Art. 41): returned to the parents or
 * a programme of at most 6 months, with its review. The child does not become a client.
 */
export async function recordUnder12Decision(ctx: CorrectionsContext, input: RecordUnder12DecisionInput) {
  const today = jakartaDate(new Date());
  const result = await runCommand(ctx, {
    name: 'recordUnder12Decision',
    input,
    authorize: () => {
      const officerId = recordingOfficer(ctx.viewer, input.officerId);
      if (!officerId)
        throw new ForbiddenError('The PK who took part in the decision records it (or the head of Bapas, naming that PK).');
      return officerId;
    },
    facts: async (tx, officerId) => !!(await tx.findOne(Officer, { id: officerId })),
    validate: (_officerId, officerKnown) => [...checkUnder12(input, today), ...checkOfficer(officerKnown)],
    persist: (tx, officerId) => {
      const programme = input.outcome === 'PROGRAMME';
      return tx.create(Under12Decision, {
        id: randomUUID(),
        childFullName: input.childFullName.trim(),
        childBirthDate: input.childBirthDate,
        sex: input.sex,
        guardianName: input.guardianName?.trim() || null,
        districtCode: input.districtCode,
        offenseDate: input.offenseDate,
        offenseDescription: input.offenseDescription.trim(),
        investigator: input.investigator.trim(),
        officerId,
        socialWorker: input.socialWorker.trim(),
        decidedOn: input.decidedOn,
        outcome: input.outcome,
        institution: programme ? input.institution!.trim() : null,
        programmeMonths: programme ? input.programmeMonths! : null,
        reviewOn: programme ? (input.reviewOn ?? addMonths(input.decidedOn, input.programmeMonths!)) : null,
        recordedBy: ctx.viewer.userId,
        recordedAt: new Date(),
      }).id;
    },
  });
  return writtenPayload(ctx.em, result, 'decision', Under12Decision);
}
