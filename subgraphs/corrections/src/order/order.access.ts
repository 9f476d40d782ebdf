import { equals, oneOf, recordScope, type Grant } from '@hub/server';
import { Client } from '../client/client.entity';
import type { CommunityServiceOrder } from './order.entity';

type OrderInScope = CommunityServiceOrder & { clientOfficerId: string | null };

const related = { clientOfficerId: { local: 'clientId', entity: Client, remote: 'id', field: 'officerId' } };

/** The head of Bapas all orders; a PK those of assigned clients; the prosecutor (KUHP Art. 85(8)) those of their districts. */
const CASE_STAFF: Grant<OrderInScope>[] = [
  { roles: ['BAPAS_HEAD'], when: () => ({}) },
  { roles: ['PK_OFFICER'], when: (viewer) => (viewer.officerId ? { clientOfficerId: equals(viewer.officerId) } : null) },
  { roles: ['PROSECUTOR'], when: (viewer) => ({ districtCode: oneOf(viewer.districts) }) },
];

/**
 * THE rule for community-service orders (the list, one order, and its breach reports); the assigned
 * PK is read through the order's client (a subquery for lists).
 */
export const orderScope = recordScope<CommunityServiceOrder, { clientOfficerId: string | null }>({ related, grants: CASE_STAFF });

/**
 * An order reached from another subgraph (a placement's order): the same people, plus work-site staff,
 * who see its hours and deadline but never its client or case (shield denies those). They can only
 * reach order ids through their own placements; the gateway exposes no `_entities`.
 */
export const orderReferenceScope = recordScope<CommunityServiceOrder, { clientOfficerId: string | null }>({
  related,
  grants: [...CASE_STAFF, { roles: ['PROVIDER_ADMIN', 'SITE_SUPERVISOR'], when: () => ({}) }],
});
