import { hasAnyRole, type Viewer } from '@hub/auth';
import type { IdentityAccessCode } from '@hub/federation';
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

/** True when the viewer's role set includes a role that needs facts beyond the client row. */
export function needsClientFacts(viewer: Viewer): boolean {
  return !hasAnyRole(viewer, 'BAPAS_HEAD', 'BAPAS_REGISTRAR') && hasAnyRole(viewer, ...CHILD_PROTECTION, 'PROSECUTOR');
}

/**
 * Whether the viewer may see the client's record at all (need to know, DOMAIN.md §4): the head and
 * registrar of Bapas; the assigned PK; DP3AP2KB staff of a district the client was referred to; the
 * prosecutor where the client has a community-service order to supervise (KUHP Art. 85(8)).
 * Work-site staff see the person only through their placement's limited snapshot; analysts and
 * auditors never see a record.
 */
export function canViewClientRecord(viewer: Viewer, client: Pick<Client, 'officerId'>, facts: ClientFacts): boolean {
  if (hasAnyRole(viewer, 'BAPAS_HEAD', 'BAPAS_REGISTRAR')) return true;
  if (hasAnyRole(viewer, 'PK_OFFICER') && !!viewer.officerId && viewer.officerId === client.officerId) return true;
  if (hasAnyRole(viewer, ...CHILD_PROTECTION) && facts.referrals.some((r) => viewer.districts.includes(r.districtCode)))
    return true;
  return hasAnyRole(viewer, 'PROSECUTOR') && facts.orderDistricts.some((d) => viewer.districts.includes(d));
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
