import { allow, rule, type IRules } from 'graphql-shield';
import { BAPAS_CASE_ROLES, hasAnyRole, WORKSITE_ROLES } from '@hub/auth';
import type { RoleCode } from '@hub/reference';
import { FEDERATION_RULES } from '@hub/server';
import type { WorksitesContext } from './context';

const roles = (...names: RoleCode[]) =>
  rule(`worksites:${names.join('|')}`, { cache: 'contextual' })((_parent, _args, ctx: WorksitesContext) =>
    hasAnyRole(ctx.viewer, ...names),
  );

// Coarse, per role and per type (DOMAIN.md §4); which sites and placements each viewer reaches is
// decided in placement.access.ts. Shield denies whatever is not listed.
const worksiteViewers = roles(...BAPAS_CASE_ROLES, 'PROSECUTOR', ...WORKSITE_ROLES);

/** The worksites permission map: every type the schema has, deny by default. */
export const permissions: IRules = {
  ...FEDERATION_RULES,
  Query: {
    ...(FEDERATION_RULES as { Query: object }).Query,
    workSite: worksiteViewers,
    workSites: worksiteViewers,
    placement: worksiteViewers,
  },
  CommunityServiceOrder: worksiteViewers,
  Provider: worksiteViewers,
  WorkSite: worksiteViewers,
  WorkSiteConnection: allow,
  WorkSiteEdge: allow,
  AvailabilitySlot: worksiteViewers,
  Placement: worksiteViewers,
  AttendanceRecord: worksiteViewers,
  District: allow,
  PageInfo: allow,
};
