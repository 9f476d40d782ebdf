import type { FilterQuery } from '@mikro-orm/postgresql';
import { hasAnyRole, type Viewer } from '@hub/auth';
import type { WorksitesContext } from '../context';
import type { WorkSite } from '../site/site.entity';
import type { Placement } from './placement.entity';

/**
 * Sites a viewer may see: Bapas case staff and the prosecutor see the whole catalogue (to place and
 * supervise); a provider's admin and supervisors see their own provider's sites.
 */
export function canViewSite(viewer: Viewer, site: Pick<WorkSite, 'providerId'>): boolean {
  if (hasAnyRole(viewer, 'BAPAS_HEAD', 'PK_OFFICER', 'PROSECUTOR')) return true;
  return hasAnyRole(viewer, 'PROVIDER_ADMIN', 'SITE_SUPERVISOR') && !!viewer.providerId && site.providerId === viewer.providerId;
}

/** The same rule as a query filter; null when the viewer may list no site. */
export function siteScope(viewer: Viewer): FilterQuery<WorkSite> | null {
  if (hasAnyRole(viewer, 'BAPAS_HEAD', 'PK_OFFICER', 'PROSECUTOR')) return {};
  if (hasAnyRole(viewer, 'PROVIDER_ADMIN', 'SITE_SUPERVISOR') && viewer.providerId) return { providerId: viewer.providerId };
  return null;
}

/** Placements (and their attendance) follow the site: whoever may see the site sees its placements. */
export async function visiblePlacements(ctx: WorksitesContext, placements: Placement[]): Promise<Placement[]> {
  const sites = await ctx.loaders.site.loadMany(placements.map((p) => p.siteId));
  return placements.filter((_, i) => {
    const site = sites[i];
    return !!site && !(site instanceof Error) && canViewSite(ctx.viewer, site);
  });
}
