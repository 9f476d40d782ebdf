import { randomUUID } from 'node:crypto';
import { hasAnyRole } from '@hub/auth';
import { ForbiddenError } from '@hub/errors';
import { runCommand, writtenPayload } from '@hub/server';
import type { ChildProtectionContext } from '../context';
import { canReadClinicalNotes, worksOnCase } from '../protection-case/protection-case.access';
import { ProtectionCase } from '../protection-case/protection-case.entity';
import { PsychosocialService } from './psychosocial-service.entity';
import type { RecordPsychosocialServiceInput } from './psychosocial-service.input';
import { checkServiceRecord } from './psychosocial-service.rules';

/** Records a service (assigned caseworker or psychologist, or the case manager). A closed case is read-only. */
export async function recordPsychosocialService(ctx: ChildProtectionContext, input: RecordPsychosocialServiceInput) {
  const result = await runCommand(ctx, {
    name: 'recordPsychosocialService',
    input,
    authorize: async () => {
      const pc = await ctx.em.findOne(ProtectionCase, { id: input.protectionCaseId });
      if (!pc || !worksOnCase(ctx.viewer, pc))
        throw new ForbiddenError('Only the staff working on this case record its services.');
      return pc;
    },
    validate: (pc) =>
      checkServiceRecord(
        pc,
        input,
        {
          assignedPsychologist: canReadClinicalNotes(ctx.viewer, pc),
          psychologist: hasAnyRole(ctx.viewer, 'PSYCHOLOGIST'),
          caseworkerId: ctx.viewer.caseworkerId ?? null,
        },
        new Date(),
      ),
    persist: (tx, pc) =>
      tx.create(PsychosocialService, {
        id: randomUUID(),
        protectionCaseId: pc.id,
        kind: input.kind,
        deliveredAt: input.deliveredAt,
        providerId: ctx.viewer.caseworkerId!,
        attended: input.attended,
        clinicalNotes: input.clinicalNotes?.trim() || null,
        recordedAt: new Date(),
      }).id,
  });
  return writtenPayload(ctx.em, result, 'service', PsychosocialService);
}
