import type { CorrectionsContext } from '../context';
import type { CommunityServiceOrder } from '../order/order.entity';
import { orderInScope } from '../order/order.service';

/** Whether the viewer may see the breach reports of this order: whoever may see the order (order.access.ts). */
export function canSeeBreachesOf(ctx: CorrectionsContext, order: CommunityServiceOrder): Promise<boolean> {
  return orderInScope(ctx, order);
}
