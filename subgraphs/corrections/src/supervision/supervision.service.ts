import { randomUUID } from 'node:crypto';
import { jakartaDate } from '@hub/reference';
import { runCommand, writtenPayload } from '@hub/server';
import { requireCaseworkOn } from '../client/client.service';
import type { CorrectionsContext } from '../context';
import { SupervisionSession } from './supervision.entity';
import type { RecordSupervisionSessionInput } from './supervision.input';
import { checkSession } from './supervision.rules';

/** Records a supervision session (assigned PK or head). */
export async function recordSupervisionSession(ctx: CorrectionsContext, input: RecordSupervisionSessionInput) {
  const result = await runCommand(ctx, {
    name: 'recordSupervisionSession',
    input,
    authorize: () => requireCaseworkOn(ctx, input.clientId),
    validate: (client) => checkSession(input, ctx.viewer.officerId ?? client.officerId, jakartaDate(new Date())),
    persist: (tx, client) =>
      tx.create(SupervisionSession, {
        id: randomUUID(),
        clientId: client.id,
        officerId: (ctx.viewer.officerId ?? client.officerId)!,
        heldOn: input.heldOn,
        kind: input.kind,
        place: input.place.trim(),
        summary: input.summary.trim(),
        recordedAt: new Date(),
      }).id,
  });
  return writtenPayload(ctx.em, result, 'session', SupervisionSession);
}
