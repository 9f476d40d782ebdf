import { Arg, Ctx, Field, Float, ID, InputType, Mutation, ObjectType, Resolver } from 'type-graphql';
import { hasAnyRole } from '@hub/auth';
import { runIdempotent } from '@hub/db';
import { DateScalar, UserError } from '@hub/federation';
import { jakartaDate } from '@hub/reference';
import { ForbiddenError } from '@hub/errors';
import type { WorksitesContext } from '../context';
import { AttendanceOutcome, type AttendanceOutcomeCode } from '../enums';
import { AttendanceRecord, Placement } from '../placement/placement.entity';
import { WorkSite } from '../site/site.entity';
import { checkAttendance } from './attendance.rules';
import { randomUUID } from 'node:crypto';

@InputType({ description: "One day's attendance at a placement, from the site supervisor (or the PK)." })
export class RecordAttendanceInput {
  @Field(() => ID)
  placementId!: string;

  @Field(() => DateScalar, { description: 'The day worked, Asia/Jakarta.' })
  date!: string;

  @Field(() => Float, { description: 'Hours worked, in quarter hours; 0 unless attended.' })
  hours!: number;

  @Field(() => AttendanceOutcome)
  outcome!: AttendanceOutcomeCode;

  @Field(() => String, { nullable: true })
  activity?: string | null;

  @Field(() => String, { nullable: true, description: 'Required for an acceptable absence; useful for a correction.' })
  reason?: string | null;

  @Field(() => ID, { nullable: true, description: 'The record this one corrects (a correction never edits in place).' })
  supersedesId?: string | null;

  @Field({ description: 'Required: a phone that retries must send the same key, so hours are never counted twice.' })
  idempotencyKey!: string;
}

@ObjectType({ description: 'The result of recordAttendance.' })
export class RecordAttendancePayload {
  @Field(() => AttendanceRecord, { nullable: true })
  attendance!: AttendanceRecord | null;

  @Field(() => Placement, { nullable: true })
  placement!: Placement | null;

  @Field(() => [UserError])
  userErrors!: UserError[];

  @Field({ description: 'True when this was a retry of a request already recorded: nothing was written again.' })
  replayed!: boolean;
}

/** The site supervisor of the placement's site (own provider), the person's PK, or the head of Bapas. */
async function requireRecorder(ctx: WorksitesContext, placement: Placement): Promise<void> {
  if (hasAnyRole(ctx.viewer, 'BAPAS_HEAD')) return;
  if (hasAnyRole(ctx.viewer, 'PK_OFFICER') && !!ctx.viewer.officerId && placement.officerId === ctx.viewer.officerId) return;
  const site = await ctx.em.findOne(WorkSite, { id: placement.siteId });
  if (hasAnyRole(ctx.viewer, 'SITE_SUPERVISOR') && !!site && !!ctx.viewer.providerId && site.providerId === ctx.viewer.providerId)
    return;
  throw new ForbiddenError("Only the site's supervisor or the PK records attendance for this placement.");
}

@Resolver()
export class AttendanceResolver {
  @Mutation(() => RecordAttendancePayload, {
    description:
      "Records one day's attendance. The idempotency key is required: a retry returns the first result and writes nothing. Two submissions for the same person at once cannot together pass the daily cap.",
  })
  async recordAttendance(
    @Arg('input', () => RecordAttendanceInput) input: RecordAttendanceInput,
    @Ctx() ctx: WorksitesContext,
  ): Promise<RecordAttendancePayload> {
    const placement = await ctx.em.findOne(Placement, { id: input.placementId });
    if (!placement) throw new ForbiddenError("Only the site's supervisor or the PK records attendance for this placement.");
    await requireRecorder(ctx, placement);
    const { idempotencyKey, ...claim } = input;
    const outcome = await runIdempotent<UserError>(
      ctx.em,
      { actor: ctx.viewer.userId, operation: 'recordAttendance', key: idempotencyKey, input: claim },
      async (tx) => {
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
        const errors = checkAttendance(claim, { placement: fresh, personPlacements, records, today: jakartaDate(new Date()) });
        if (errors.length) return { errors };
        const record = tx.create(AttendanceRecord, {
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
        });
        return { id: record.id };
      },
    );
    const result = outcome.outcome;
    return Object.assign(new RecordAttendancePayload(), {
      attendance: 'id' in result ? await ctx.em.findOne(AttendanceRecord, { id: result.id }) : null,
      placement: 'id' in result ? placement : null,
      userErrors: 'errors' in result ? result.errors : [],
      replayed: outcome.replayed,
    });
  }
}
