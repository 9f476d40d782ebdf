import { hasAnyRole, type Viewer } from '@hub/auth';
import { equals, recordScope } from '@hub/server';
import type { WorkSite } from './site.entity';

/**
 * THE rule for sites, for the catalogue (`workSites`), one site (`workSite`, `_entities`) and a
 * provider's sites: Bapas case staff and the prosecutor see the whole catalogue (to place and
 * supervise); a provider's admin and supervisors see their own provider's sites.
 */
export const siteScope = recordScope<WorkSite>({
  grants: [
    { roles: ['BAPAS_HEAD', 'PK_OFFICER', 'PROSECUTOR'], when: () => ({}) },
    {
      roles: ['PROVIDER_ADMIN', 'SITE_SUPERVISOR'],
      when: (viewer) => (viewer.providerId ? { providerId: equals(viewer.providerId) } : null),
    },
  ],
});

/** Who registers and changes a provider's sites: the head of Bapas, or the provider's own admin. */
export function canManageSites(viewer: Viewer, providerId: string): boolean {
  return hasAnyRole(viewer, 'BAPAS_HEAD') || (hasAnyRole(viewer, 'PROVIDER_ADMIN') && viewer.providerId === providerId);
}
