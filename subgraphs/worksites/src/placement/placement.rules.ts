import { userError, type UserError } from '@hub/federation';
import type { WorkSite } from '../site/site.entity';
import type { Placement } from './placement.entity';

/** The order's facts a placement relies on, as Bapas gave them through the gateway to the caller. */
export interface PlacedOrder {
  id: string;
  kind: 'KERJA_SOSIAL' | 'PELAYANAN_MASYARAKAT';
  orderedHours: number;
  maxHoursPerDay: number;
  startDate: string;
  deadline: string;
  status: string;
  district: { code: string };
  client: { id: string; category: string; displayName: string; district: { code: string }; officer: { id: string } | null };
}

/** Everything the placement rules look at. */
export interface PlacementFacts {
  /** The order, or null when Bapas did not show it to the caller. */
  order: PlacedOrder | null;
  site: WorkSite | null;
  /** Places in use at the site now. */
  activeAtSite: number;
  startDate: string;
}

/**
 * The rules of placing an order at a site: the order pending or active, the site active with a free
 * place, a child's order at a child-suitable site (SPPA Art. 76), the start within the order's
 * period (KUHP Art. 85(5)). An unknown order or site is the only refusal given.
 */
export function checkPlacement(facts: PlacementFacts): UserError[] {
  const { order, site } = facts;
  if (!order) return [userError('input.orderId', 'ORDER_NOT_FOUND', 'No order with this id that you may place.')];
  if (!site) return [userError('input.siteId', 'UNKNOWN_SITE', 'There is no work site with this id.')];
  const errors: UserError[] = [];
  if (!['PENDING_PLACEMENT', 'ACTIVE'].includes(order.status)) {
    errors.push(
      userError(
        'input.orderId',
        'ORDER_NOT_ACTIVE',
        `The order is ${order.status}; only a pending or active order can be placed.`,
      ),
    );
  }
  if (!site.active) errors.push(userError('input.siteId', 'SITE_INACTIVE', `${site.name} is no longer active.`));
  if (facts.activeAtSite >= site.capacity)
    errors.push(
      userError('input.siteId', 'SITE_FULL', `${site.name} is full (${facts.activeAtSite} of ${site.capacity} places in use).`),
    );
  if (isChildOrder(order) && !site.childSuitable) {
    errors.push(
      userError(
        'input.siteId',
        'SITE_NOT_CHILD_SUITABLE',
        `${site.name} is not suitable for children; a child's order needs a child-suitable site.`,
        'SPPA Art. 76',
      ),
    );
  }
  if (facts.startDate < order.startDate || facts.startDate > order.deadline) {
    errors.push(
      userError(
        'input.startDate',
        'START_OUTSIDE_ORDER',
        `The order runs from ${order.startDate} to ${order.deadline}.`,
        'KUHP Art. 85(5)',
      ),
    );
  }
  return errors;
}

/** A child's order (*pelayanan masyarakat*, SPPA Art. 76). */
export function isChildOrder(order: Pick<PlacedOrder, 'kind'>): boolean {
  return order.kind === 'PELAYANAN_MASYARAKAT';
}

/** The rules of ending a placement: an active one, on a day from its start to today. */
export function checkEndPlacement(placement: Placement, endDate: string, today: string): UserError[] {
  const errors: UserError[] = [];
  if (placement.status !== 'ACTIVE')
    errors.push(userError('input.placementId', 'PLACEMENT_NOT_ACTIVE', `The placement is already ${placement.status}.`));
  if (endDate < placement.startDate || endDate > today) {
    errors.push(userError('input.endDate', 'END_OUT_OF_RANGE', `The end must be between ${placement.startDate} and today.`));
  }
  return errors;
}
