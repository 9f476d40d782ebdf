import { hasAnyRole, type Viewer } from '@hub/auth';
import type { Placement } from '../placement/placement.entity';

/**
 * Who records attendance at a placement: the head of Bapas, the person's PK, or a site supervisor of
 * the provider whose site it is (`siteProviderId`).
 */
export function canRecordAttendance(
  viewer: Viewer,
  placement: Pick<Placement, 'officerId'>,
  siteProviderId: string | null,
): boolean {
  if (hasAnyRole(viewer, 'BAPAS_HEAD')) return true;
  if (hasAnyRole(viewer, 'PK_OFFICER') && !!viewer.officerId && placement.officerId === viewer.officerId) return true;
  return hasAnyRole(viewer, 'SITE_SUPERVISOR') && !!siteProviderId && !!viewer.providerId && siteProviderId === viewer.providerId;
}
