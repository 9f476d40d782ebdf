import type { FilterQuery } from '@mikro-orm/postgresql';
import { hasAnyRole } from '@hub/auth';
import type { CorrectionsContext } from '../context';
import { Client } from '../client/client.entity';
import { CommunityServiceOrder } from '../order/order.entity';
import { BreachReport } from './breach.entity';

/**
 * Who may see breach reports (DOMAIN.md §4): the head of Bapas all; a PK those on orders of
 * assigned clients; the prosecutor (statutory supervisor, KUHP Art. 85(8)) those of their districts.
 * Others none.
 */
export async function breachScope(ctx: CorrectionsContext): Promise<FilterQuery<BreachReport> | null> {
  const viewer = ctx.viewer;
  if (hasAnyRole(viewer, 'BAPAS_HEAD')) return {};
  const parts: FilterQuery<BreachReport>[] = [];
  if (hasAnyRole(viewer, 'PROSECUTOR')) parts.push({ districtCode: { $in: viewer.districts } });
  if (hasAnyRole(viewer, 'PK_OFFICER') && viewer.officerId) {
    const assigned = await ctx.em.find(Client, { officerId: viewer.officerId }, { fields: ['id'] });
    const orders = await ctx.em.find(CommunityServiceOrder, { clientId: { $in: assigned.map((c) => c.id) } }, { fields: ['id'] });
    parts.push({ orderId: { $in: orders.map((o) => o.id) } });
  }
  return parts.length ? { $or: parts } : null;
}

/** Whether the viewer may see the breach reports of this order (same rule as breachScope). */
export async function canSeeBreachesOf(ctx: CorrectionsContext, order: CommunityServiceOrder): Promise<boolean> {
  const viewer = ctx.viewer;
  if (hasAnyRole(viewer, 'BAPAS_HEAD')) return true;
  if (hasAnyRole(viewer, 'PROSECUTOR') && viewer.districts.includes(order.districtCode)) return true;
  if (!hasAnyRole(viewer, 'PK_OFFICER') || !viewer.officerId) return false;
  const client = await ctx.loaders.client.load(order.clientId);
  return client?.officerId === viewer.officerId;
}

/** Whether the viewer is the prosecutor who supervises orders in this district (KUHP Art. 85(8)). */
export function isSupervisingProsecutor(ctx: CorrectionsContext, districtCode: string): boolean {
  return hasAnyRole(ctx.viewer, 'PROSECUTOR') && ctx.viewer.districts.includes(districtCode);
}
