import { hasAnyRole, type Viewer } from '@hub/auth';
import { equals, oneOf, recordScope } from '@hub/server';
import { Client } from '../client/client.entity';
import { CommunityServiceOrder } from '../order/order.entity';
import type { BreachReport } from './breach.entity';

/**
 * Who may see breach reports (DOMAIN.md §4): the head of Bapas all; a PK those on orders of assigned
 * clients (through the order's client, a subquery for lists); the prosecutor (statutory supervisor,
 * KUHP Art. 85(8)) those of their districts. The reports of one order follow the order's scope.
 */
export const breachScope = recordScope<BreachReport, { orderClientOfficerId: string | null }>({
  related: {
    orderClientOfficerId: {
      local: 'orderId',
      entity: CommunityServiceOrder,
      remote: 'id',
      field: { local: 'clientId', entity: Client, remote: 'id', field: 'officerId' },
    },
  },
  grants: [
    { roles: ['BAPAS_HEAD'], when: () => ({}) },
    { roles: ['PROSECUTOR'], when: (viewer) => ({ districtCode: oneOf(viewer.districts) }) },
    { roles: ['PK_OFFICER'], when: (viewer) => (viewer.officerId ? { orderClientOfficerId: equals(viewer.officerId) } : null) },
  ],
});

/** Whether the viewer is the prosecutor who supervises orders in this district and so decides breaches (KUHP Art. 85(8)). */
export function isSupervisingProsecutor(viewer: Viewer, districtCode: string): boolean {
  return hasAnyRole(viewer, 'PROSECUTOR') && viewer.districts.includes(districtCode);
}
