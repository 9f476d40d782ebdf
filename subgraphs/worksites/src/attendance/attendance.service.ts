import { randomUUID } from 'node:crypto';
import { ForbiddenError } from '@hub/errors';
import { jakartaDate } from '@hub/reference';
import { runCommand } from '@hub/server';
import type { WorksitesContext } from '../context';
import { Placement } from '../placement/placement.entity';
import { AttendanceRecord } from './attendance.entity';
import { WorkSite } from '../site/site.entity';
import { canRecordAttendance } from './attendance.access';
import type { RecordAttendanceInput } from './attendance.input';
import { checkAttendance } from './attendance.rules';

const NOT_YOURS = "Only the site's supervisor or the PK records attendance for this placement.";

/**
 * Records one day's attendance, once per idempotency key. Two submissions for the same person at once
 * cannot together pass the daily cap: they queue on the person.
 */
export async function recordAttendance(ctx: WorksitesContext, input: RecordAttendanceInput) {
  const result = await runCommand(ctx, {
    name: 'recordAttendance',
    input,
    authorize: async () => {
      const placement = await ctx.em.findOne(Placement, { id: input.placementId });
      if (!placement) throw new ForbiddenError(NOT_YOURS);
      const site = await ctx.em.findOne(WorkSite, { id: placement.siteId });
      if (!canRecordAttendance(ctx.viewer, placement, site?.providerId ?? null)) throw new ForbiddenError(NOT_YOURS);
      return placement;
    },
    facts: async (tx, placement) => {
      // One person at a time: concurrent submissions for the same person queue here, so the daily
      // cap and the ordered hours are checked against everything already committed.
      const personKey = placement.personId ?? placement.orderId;
      await tx.execute('select pg_advisory_xact_lock(hashtextextended(?, 0))', [`attendance:${personKey}`]);
      const personPlacements = await tx.find(
        Placement,
        placement.personId ? { personId: placement.personId } : { orderId: placement.orderId },
      );
      const records = await tx.find(AttendanceRecord, { placementId: { $in: personPlacements.map((p) => p.id) } });
      const fresh = personPlacements.find((p) => p.id === placement.id)!;
      return { placement: fresh, personPlacements, records, today: jakartaDate(new Date()) };
    },
    validate: (_placement, facts) => checkAttendance(input, facts),
    persist: (tx, placement) =>
      tx.create(AttendanceRecord, {
        id: randomUUID(),
        placementId: placement.id,
        date: input.date,
        hours: input.hours,
        outcome: input.outcome,
        activity: input.activity?.trim() || null,
        reason: input.reason?.trim() || null,
        supersedesId: input.supersedesId ?? null,
        recordedAt: new Date(),
        recordedBy: ctx.viewer.userId,
      }).id,
  });
  return {
    attendance: result.id ? await ctx.em.findOne(AttendanceRecord, { id: result.id }) : null,
    placement: result.id ? result.target : null,
    userErrors: result.userErrors,
    replayed: result.replayed,
  };
}
