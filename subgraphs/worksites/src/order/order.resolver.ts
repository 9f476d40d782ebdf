import { Ctx, Directive, FieldResolver, Float, Int, Resolver, Root } from 'type-graphql';
import { BadUserInputError } from '@hub/errors';
import type { WorksitesContext } from '../context';
import { Placement } from '../placement/placement.entity';
import { canViewOrderLedger, visiblePlacements } from '../placement/placement.access';
import { creditedHours, dailyCapOf, isOnTrack, remainingHours, unacceptableAbsences } from './order.rules';
import { jakartaDate, rulesOn } from '@hub/reference';
import { OrderRef } from './order.ref';

interface Ledger {
  placements: Placement[];
  completed: number;
  absences: number;
}

// One ledger per order and request: hoursCompleted, hoursRemaining, onTrack and breachSignal share it.
const ledgers = new WeakMap<WorksitesContext, Map<string, Promise<Ledger | null>>>();

/**
 * Every placement of the order and the hours they credited, once per request, or null when the viewer
 * may not see the order's ledger (placement.access.ts): a move between sites keeps its hours, so the
 * ledger counts all of them, but only for a viewer who may see one of them.
 */
function ledgerOf(order: OrderRef, ctx: WorksitesContext): Promise<Ledger | null> {
  let perOrder = ledgers.get(ctx);
  if (!perOrder) ledgers.set(ctx, (perOrder = new Map<string, Promise<Ledger | null>>()));
  let ledger = perOrder.get(order.id);
  if (!ledger) perOrder.set(order.id, (ledger = computeLedger(order, ctx)));
  return ledger;
}

async function computeLedger(order: OrderRef, ctx: WorksitesContext): Promise<Ledger | null> {
  const placements = await ctx.loaders.placementsByOrder.load(order.id);
  if (!(await canViewOrderLedger(ctx, placements))) return null;
  const records = await ctx.loaders.attendanceByPlacement.loadMany(placements.map((p) => p.id));
  const completed = records.reduce<number>((sum, r) => sum + (Array.isArray(r) ? creditedHours(r) : 0), 0);
  const absences = records.reduce<number>((sum, r) => sum + (Array.isArray(r) ? unacceptableAbsences(r) : 0), 0);
  return { placements, completed, absences };
}

function orderedHoursOf(order: OrderRef): number {
  if (typeof order.orderedHours !== 'number')
    throw new BadUserInputError('orderedHours', 'orderedHours is required to compute hours.');
  return order.orderedHours;
}

@Resolver(() => OrderRef)
export class OrderLedgerResolver {
  @FieldResolver(() => [Placement], {
    nullable: true,
    description: 'Placements of the order at work sites that the viewer may see, oldest first (*penempatan*).',
  })
  async placements(@Root() order: OrderRef, @Ctx() ctx: WorksitesContext): Promise<Placement[]> {
    return visiblePlacements(ctx, await ctx.loaders.placementsByOrder.load(order.id));
  }

  @FieldResolver(() => Float, {
    nullable: true,
    description: 'Hours credited so far across all sites (*jam terlaksana*); null when the viewer may not see the order.',
  })
  async hoursCompleted(@Root() order: OrderRef, @Ctx() ctx: WorksitesContext): Promise<number | null> {
    return (await ledgerOf(order, ctx))?.completed ?? null;
  }

  @FieldResolver(() => Int, {
    nullable: true,
    description: 'Unacceptable absences recorded on the order, across sites (corrections count, not what they replace).',
  })
  async unacceptableAbsences(@Root() order: OrderRef, @Ctx() ctx: WorksitesContext): Promise<number | null> {
    return (await ledgerOf(order, ctx))?.absences ?? null;
  }

  @FieldResolver(() => Boolean, {
    nullable: true,
    description:
      'Breach signal for the PK and the prosecutor: unacceptable absences reached the threshold of the rule set (KUHP Art. 85(7)).',
  })
  async breachSignal(@Root() order: OrderRef, @Ctx() ctx: WorksitesContext): Promise<boolean | null> {
    const ledger = await ledgerOf(order, ctx);
    if (!ledger) return null;
    const start = ledger.placements[0]?.orderStartDate ?? jakartaDate(new Date());
    return ledger.absences >= rulesOn(start).breachUnacceptableAbsences;
  }

  @FieldResolver(() => Float, { nullable: true, description: 'Hours still owed (*sisa jam*).' })
  @Directive('@requires(fields: "orderedHours")')
  async hoursRemaining(@Root() order: OrderRef, @Ctx() ctx: WorksitesContext): Promise<number | null> {
    const ledger = await ledgerOf(order, ctx);
    return ledger ? remainingHours(orderedHoursOf(order), ledger.completed) : null;
  }

  @FieldResolver(() => Boolean, {
    nullable: true,
    description:
      'Whether the remaining hours still fit before the deadline at the daily cap, counting working days (Mon–Sat) from today.',
  })
  @Directive('@requires(fields: "orderedHours deadline")')
  async onTrack(@Root() order: OrderRef, @Ctx() ctx: WorksitesContext): Promise<boolean | null> {
    const ledger = await ledgerOf(order, ctx);
    if (!ledger) return null;
    if (!order.deadline) throw new BadUserInputError('deadline', 'deadline is required to compute onTrack.');
    return isOnTrack(remainingHours(orderedHoursOf(order), ledger.completed), order.deadline, dailyCapOf(ledger.placements));
  }
}

/** Any order id can be referenced; what it shows is filtered by the viewer's rights. */
export const orderReference = {
  __resolveReference: (ref: { id: string; orderedHours?: number; deadline?: string }) => Object.assign(new OrderRef(), ref),
};
