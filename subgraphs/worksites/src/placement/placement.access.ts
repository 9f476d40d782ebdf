import { hasAnyRole, type Viewer } from '@hub/auth';
import { equals, oneOf, recordScope } from '@hub/server';
import type { WorksitesContext } from '../context';
import { WorkSite } from '../site/site.entity';
import type { Placement } from './placement.entity';

/**
 * THE rule for placements, their attendance and the order's hours ledger; every path uses it
 * (`placement(id)`, `WorkSite.placements`, `CommunityServiceOrder.placements` and its ledger fields,
 * `_entities`, mutation payloads). This subgraph does not own clients, so it decides from what the
 * placement keeps from the moment the order was placed (the snapshot fetched from Bapas with the
 * placing officer's token):
 *
 * - head of Bapas: every placement;
 * - PK: placements whose `officerId` is theirs (the client's PK when the order was placed; corrections
 *   checked then that the caller could see the order). A PK never sees more here than at Bapas;
 * - prosecutor: placements whose order is in one of their districts (`orderDistrictCode`, the
 *   order's district at Bapas, KUHP Art. 85(8));
 * - provider admin and site supervisor: placements at their own provider's sites.
 *
 * A viewer with several roles gets the union. `siteProviderId` is the provider of the placement's site
 * (a subquery for lists, the batched site for one placement).
 */
export const placementScope = recordScope<Placement, { siteProviderId: string | null }>({
  related: { siteProviderId: { local: 'siteId', entity: WorkSite, remote: 'id', field: 'providerId' } },
  grants: [
    { roles: ['BAPAS_HEAD'], when: () => ({}) },
    { roles: ['PK_OFFICER'], when: (viewer) => (viewer.officerId ? { officerId: equals(viewer.officerId) } : null) },
    { roles: ['PROSECUTOR'], when: (viewer) => ({ orderDistrictCode: oneOf(viewer.districts) }) },
    {
      roles: ['PROVIDER_ADMIN', 'SITE_SUPERVISOR'],
      when: (viewer) => (viewer.providerId ? { siteProviderId: equals(viewer.providerId) } : null),
    },
  ],
});

/** Who may change a placement (end it): the head of Bapas, or the PK the placement belongs to. */
export function canManagePlacement(viewer: Viewer, placement: Pick<Placement, 'officerId'>): boolean {
  if (hasAnyRole(viewer, 'BAPAS_HEAD')) return true;
  return hasAnyRole(viewer, 'PK_OFFICER') && !!viewer.officerId && placement.officerId === viewer.officerId;
}

/** The placements of the list that the viewer may see (the rule above, site providers batched). */
export async function visiblePlacements(ctx: WorksitesContext, placements: Placement[]): Promise<Placement[]> {
  if (placements.length === 0) return [];
  const sites = await ctx.loaders.site.loadMany(placements.map((p) => p.siteId));
  return placements.filter((placement, i) => {
    const site = sites[i];
    const providerId = site && !(site instanceof Error) ? site.providerId : null;
    return placementScope.allows(ctx.viewer, { ...placement, siteProviderId: providerId });
  });
}

/**
 * Whether the viewer may see an order's hours ledger (hours completed and remaining, absences, breach
 * signal): when they may see at least one of the order's placements. The ledger is computed from
 * every placement of the order, so a move between sites keeps its hours.
 */
export async function canViewOrderLedger(ctx: WorksitesContext, placements: Placement[]): Promise<boolean> {
  // An order never placed has an empty ledger, the same for any id, existing or not: it tells nothing.
  if (placements.length === 0) return true;
  return (await visiblePlacements(ctx, placements)).length > 0;
}
