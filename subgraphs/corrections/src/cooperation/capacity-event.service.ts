import { randomUUID } from 'node:crypto';
import type { CapacityEventKindCode } from './capacity-event.entity';
import { jakartaDate } from '@hub/reference';
import { runCommand, writtenPayload } from '@hub/server';
import type { CorrectionsContext } from '../context';
import { CapacityBuildingEvent } from './capacity-event.entity';
import { checkCapacityEvent } from './capacity-event.rules';

/** Records a capacity-building or socialisation event (head of Bapas), once per idempotency key. */
export async function recordCapacityBuildingEvent(
  ctx: CorrectionsContext,
  input: {
    heldOn: string;
    agency: string;
    districtCode: string;
    kind: CapacityEventKindCode;
    title: string;
    participants: number;
    idempotencyKey?: string | null;
  },
) {
  const result = await runCommand(ctx, {
    name: 'recordCapacityBuildingEvent',
    input,
    authorize: () => undefined,
    validate: () => checkCapacityEvent(input, jakartaDate(new Date())),
    persist: (tx) =>
      tx.create(CapacityBuildingEvent, {
        id: randomUUID(),
        heldOn: input.heldOn,
        agency: input.agency.trim(),
        districtCode: input.districtCode,
        kind: input.kind,
        title: input.title.trim(),
        participants: input.participants,
      }).id,
  });
  return writtenPayload(ctx.em, result, 'event', CapacityBuildingEvent);
}
