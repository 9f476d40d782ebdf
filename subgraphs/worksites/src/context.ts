import type { EntityManager } from '@mikro-orm/postgresql';
import { byIdLoader, groupCountLoader, groupLoader } from '@hub/db';
import type { SubgraphContext } from '@hub/server';
import { Provider } from './provider/provider.entity';
import { WorkSite } from './site/site.entity';
import { Placement } from './placement/placement.entity';
import { AttendanceRecord } from './attendance/attendance.entity';

/** Per-request state of the worksites subgraph. */
export interface WorksitesContext extends SubgraphContext<WorksitesLoaders> {
  /** The hub gateway, to fetch an order's facts as the caller. */
  gatewayUrl?: string;
}

/** Builds a request's loaders on its own entity manager fork. */
export function createLoaders(em: EntityManager) {
  return {
    provider: byIdLoader(em, Provider),
    site: byIdLoader(em, WorkSite),
    placement: byIdLoader(em, Placement),
    sitesByProvider: groupLoader(em, WorkSite, 'providerId', { name: 'asc', id: 'asc' }),
    placementsByOrder: groupLoader(em, Placement, 'orderId', { startDate: 'asc', id: 'asc' }),
    placementsBySite: groupLoader(em, Placement, 'siteId', { startDate: 'asc', id: 'asc' }),
    attendanceByPlacement: groupLoader(em, AttendanceRecord, 'placementId', { date: 'asc', recordedAt: 'asc' }),
    activePlacementsBySite: groupCountLoader(em, 'placement', 'site_id', (qb) => qb.where('status', 'ACTIVE')),
  };
}

/** The loaders of one request, one SQL statement per batch. */
export type WorksitesLoaders = ReturnType<typeof createLoaders>;
