import { Ctx, Directive, FieldResolver, Float, Int, Resolver, Root } from 'type-graphql';
import { BadUserInputError } from '@hub/errors';
import type { WorksitesContext } from '../context';
import { Placement } from '../placement/placement.entity';
import { visiblePlacements } from '../placement/placement.access';
import { creditedHours, dailyCapOf, isOnTrack, remainingHours, unacceptableAbsences } from '../placement/ledger';
import { jakartaDate, rulesOn } from '@hub/reference';
import { OrderRef } from './order.ref';

interface Ledger {
  placements: Placement[];
  completed: number;
  absences: number;
}

// One ledger per order and request: hoursCompleted, hoursRemaining, onTrack and breachSignal share it.
const ledgers = new WeakMap<WorksitesContext, Map<string, Promise<Ledger>>>();

/** Every placement of the order (whatever the viewer may see of them) and the hours they credited, once per request. */
function ledgerOf(order: OrderRef, ctx: WorksitesContext): Promise<Ledger> {
  let perOrder = ledgers.get(ctx);
  if (!perOrder) ledgers.set(ctx, (perOrder = new Map()));
  let ledger = perOrder.get(order.id);
  if (!ledger) perOrder.set(order.id, (ledger = computeLedger(order, ctx)));
  return ledger;
}

async function computeLedger(order: OrderRef, ctx: WorksitesContext): Promise<Ledger> {
  const placements = await ctx.loaders.placementsByOrder.load(order.id);
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
  @FieldResolver(() => [Placement], { description: 'Placements of the order at work sites, oldest first (*penempatan*).' })
  async placements(@Root() order: OrderRef, @Ctx() ctx: WorksitesContext): Promise<Placement[]> {
    return visiblePlacements(ctx, await ctx.loaders.placementsByOrder.load(order.id));
  }

  @FieldResolver(() => Float, { description: 'Hours credited so far across all sites (*jam terlaksana*).' })
  async hoursCompleted(@Root() order: OrderRef, @Ctx() ctx: WorksitesContext): Promise<number> {
    return (await ledgerOf(order, ctx)).completed;
  }

  @FieldResolver(() => Int, {
    description: 'Unacceptable absences recorded on the order, across sites (corrections count, not what they replace).',
  })
  async unacceptableAbsences(@Root() order: OrderRef, @Ctx() ctx: WorksitesContext): Promise<number> {
    return (await ledgerOf(order, ctx)).absences;
  }

  @FieldResolver(() => Boolean, {
    description:
      'Breach signal for the PK and the prosecutor: unacceptable absences reached the threshold of the rule set (KUHP Art. 85(7)).',
  })
  async breachSignal(@Root() order: OrderRef, @Ctx() ctx: WorksitesContext): Promise<boolean> {
    const { placements, absences } = await ledgerOf(order, ctx);
    const start = placements[0]?.orderStartDate ?? jakartaDate(new Date());
    return absences >= rulesOn(start).breachUnacceptableAbsences;
  }

  @FieldResolver(() => Float, { description: 'Hours still owed (*sisa jam*).' })
  @Directive('@requires(fields: "orderedHours")')
  async hoursRemaining(@Root() order: OrderRef, @Ctx() ctx: WorksitesContext): Promise<number> {
    return remainingHours(orderedHoursOf(order), (await ledgerOf(order, ctx)).completed);
  }

  @FieldResolver(() => Boolean, {
    description:
      'Whether the remaining hours still fit before the deadline at the daily cap, counting working days (Mon–Sat) from today.',
  })
  @Directive('@requires(fields: "orderedHours deadline")')
  async onTrack(@Root() order: OrderRef, @Ctx() ctx: WorksitesContext): Promise<boolean> {
    const { placements, completed } = await ledgerOf(order, ctx);
    if (!order.deadline) throw new BadUserInputError('deadline', 'deadline is required to compute onTrack.');
    return isOnTrack(remainingHours(orderedHoursOf(order), completed), order.deadline, dailyCapOf(placements));
  }
}

/** Any order id can be referenced; what it shows is filtered by the viewer's rights. */
export const orderReference = {
  __resolveReference: (ref: { id: string; orderedHours?: number; deadline?: string }) => Object.assign(new OrderRef(), ref),
};
