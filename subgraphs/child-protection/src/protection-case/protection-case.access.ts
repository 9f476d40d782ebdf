import type { FilterQuery } from '@mikro-orm/postgresql';
import { hasAnyRole, type Viewer } from '@hub/auth';
import type { ProtectionCase } from './protection-case.entity';

/**
 * Whether the viewer may see a protection case: case managers in their district, the caseworker or
 * psychologist assigned, and Bapas case staff only for children in conflict with the law who are
 * their clients' cases. Child victims' and witnesses' records never reach Bapas (DOMAIN.md §4).
 */
export function canViewProtectionCase(
  viewer: Viewer,
  pc: Pick<ProtectionCase, 'districtCode' | 'caseworkerId' | 'childRole' | 'clientId'>,
): boolean {
  if (hasAnyRole(viewer, 'CASE_MANAGER') && viewer.districts.includes(pc.districtCode)) return true;
  if (hasAnyRole(viewer, 'CASEWORKER', 'PSYCHOLOGIST') && !!viewer.caseworkerId && pc.caseworkerId === viewer.caseworkerId)
    return true;
  if (hasAnyRole(viewer, 'BAPAS_HEAD', 'PK_OFFICER')) return pc.childRole === 'IN_CONFLICT' && pc.clientId !== null;
  return false;
}

/**
 * What a viewer may list or fetch by id. DP3AP2KB staff as above; Bapas staff none: this subgraph
 * does not know which PK guides which client, so Bapas reaches a case only through a client or a
 * referral that corrections has already authorised (Client.protectionCases, Referral.response).
 */
export function protectionCaseScope(viewer: Viewer): FilterQuery<ProtectionCase> | null {
  const any: FilterQuery<ProtectionCase>[] = [];
  if (hasAnyRole(viewer, 'CASE_MANAGER')) any.push({ districtCode: { $in: viewer.districts } });
  if (hasAnyRole(viewer, 'CASEWORKER', 'PSYCHOLOGIST') && viewer.caseworkerId) any.push({ caseworkerId: viewer.caseworkerId });
  return any.length ? { $or: any } : null;
}

/** Whether the viewer may fetch the case directly by id (the list rule, for one record). */
export function canFetchProtectionCase(
  viewer: Viewer,
  pc: Pick<ProtectionCase, 'districtCode' | 'caseworkerId' | 'childRole' | 'clientId'>,
): boolean {
  return hasAnyRole(viewer, 'CASE_MANAGER', 'CASEWORKER', 'PSYCHOLOGIST') && canViewProtectionCase(viewer, pc);
}
