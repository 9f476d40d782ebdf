import { hasAnyRole, type Viewer } from '@hub/auth';
import type { IdentityAccessCode } from '@hub/federation';
import { equals, oneOf, recordScope } from '@hub/server';
import { CommunityServiceOrder } from '../order/order.entity';
import { Referral } from '../referral/referral.entity';
import type { Client } from './client.entity';

/** What the record-level rules need to know about a client besides the client row. */
export interface ClientFacts {
  /** Referrals of the client to DP3AP2KB: their district and status. */
  referrals: Array<{ districtCode: string; status: string }>;
  /** Districts where the client's community-service orders are executed. */
  orderDistricts: string[];
  /** Districts where a cooperation agreement in force today lets Bapas share the identity with DP3AP2KB. */
  sharingDistricts: string[];
}

/** Roles of DP3AP2KB staff, who see a Bapas client only through a referral to their district. */
const CHILD_PROTECTION = ['CASE_MANAGER', 'CASEWORKER', 'PSYCHOLOGIST'] as const;

/**
 * THE rule for client records (need to know, DOMAIN.md §4), for the client list, one client, and
 * every path that reaches a client (cases, orders, referrals, `_entities`): the head and registrar of
 * Bapas; the assigned PK; DP3AP2KB staff of a district the client was referred to; the prosecutor
 * where the client has a community-service order to supervise (KUHP Art. 85(8)). Work-site staff see
 * the person only through their placement's limited snapshot; analysts and auditors never see a record.
 * The districts of the client's referrals and orders are subqueries in a list (one statement however
 * many there are) and the client's facts (`ClientFacts`) for one client.
 */
export const clientScope = recordScope<Client, { referralDistricts: string[]; orderDistricts: string[] }>({
  related: {
    referralDistricts: { local: 'id', entity: Referral, remote: 'clientId', field: 'districtCode' },
    orderDistricts: { local: 'id', entity: CommunityServiceOrder, remote: 'clientId', field: 'districtCode' },
  },
  grants: [
    { roles: ['BAPAS_HEAD', 'BAPAS_REGISTRAR'], when: () => ({}) },
    { roles: ['PK_OFFICER'], when: (viewer) => (viewer.officerId ? { officerId: equals(viewer.officerId) } : null) },
    { roles: CHILD_PROTECTION, when: (viewer) => ({ referralDistricts: oneOf(viewer.districts) }) },
    { roles: ['PROSECUTOR'], when: (viewer) => ({ orderDistricts: oneOf(viewer.districts) }) },
  ],
});

/** True when deciding on a client for this viewer needs facts beyond the client row (its referrals or orders). */
export function needsClientFacts(viewer: Viewer): boolean {
  return clientScope.reads(viewer).length > 0;
}

/** Whether the viewer may see the client's record at all: the scope above, for one client and its facts. */
export function canViewClientRecord(viewer: Viewer, client: Pick<Client, 'officerId'>, facts: ClientFacts): boolean {
  return clientScope.allows(viewer, {
    ...client,
    referralDistricts: facts.referrals.map((r) => r.districtCode),
    orderDistricts: facts.orderDistricts,
  });
}

/** Who works on a client's case (writes Litmas, sessions, orders, referrals, plans): the head of Bapas and the assigned PK. */
export function canWorkOnClient(viewer: Viewer, client: Pick<Client, 'officerId'>): boolean {
  if (hasAnyRole(viewer, 'BAPAS_HEAD')) return true;
  return hasAnyRole(viewer, 'PK_OFFICER') && !!viewer.officerId && client.officerId === viewer.officerId;
}

/**
 * Whether the viewer may see the client's identity set (SPPA Art. 19): the head of Bapas, the PK
 * assigned to the client, and DP3AP2KB staff of the referred district while the referral is OPEN
 * (the owner decides sharing, DOMAIN.md §4 principle 3) and a cooperation agreement in force
 * covers that district. Everyone else gets the limited view.
 */
export function canViewClientIdentity(viewer: Viewer, client: Pick<Client, 'officerId'>, facts: ClientFacts): boolean {
  if (hasAnyRole(viewer, 'BAPAS_HEAD')) return true;
  if (hasAnyRole(viewer, 'PK_OFFICER') && !!viewer.officerId && viewer.officerId === client.officerId) return true;
  return (
    hasAnyRole(viewer, ...CHILD_PROTECTION) &&
    facts.referrals.some(
      (r) => r.status === 'OPEN' && viewer.districts.includes(r.districtCode) && facts.sharingDistricts.includes(r.districtCode),
    )
  );
}

/** FULL or LIMITED, per viewer and record. */
export function identityAccessOf(viewer: Viewer, client: Pick<Client, 'officerId'>, facts: ClientFacts): IdentityAccessCode {
  return canViewClientIdentity(viewer, client, facts) ? 'FULL' : 'LIMITED';
}
