import type { AgencyCode, RoleCode } from '@hub/reference';
import { AGENCIES, ROLES } from '@hub/reference';

/**
 * The person behind a request, from their verified token. Claim names (the same from the demo
 * token CLI and from an agency identity provider behind a JWKS URL):
 * `sub`, `name`, `agency`, `roles`, `districts`, and where the user is a record in a subgraph,
 * `officer_id` (Bapas PK), `caseworker_id` (DP3AP2KB), `provider_id` (work-site provider).
 */
export interface Viewer {
  userId: string;
  name: string;
  agency: AgencyCode;
  roles: RoleCode[];
  districts: string[];
  officerId?: string;
  caseworkerId?: string;
  providerId?: string;
}

/** The claims a hub token carries. */
export interface HubClaims {
  sub: string;
  name: string;
  agency: AgencyCode;
  roles: RoleCode[];
  districts: string[];
  officer_id?: string;
  caseworker_id?: string;
  provider_id?: string;
}

/** Builds a viewer from verified claims, refusing claims that are missing or unknown. */
export function viewerFromClaims(claims: Record<string, unknown>): Viewer {
  const { sub, name, agency, roles, districts } = claims;
  if (typeof sub !== 'string' || sub.length === 0) throw new Error('token has no sub claim');
  if (typeof agency !== 'string' || !(AGENCIES as readonly string[]).includes(agency)) {
    throw new Error('token has no known agency claim');
  }
  if (!Array.isArray(roles) || roles.some((r) => typeof r !== 'string')) throw new Error('token has no roles claim');
  // Unknown roles are dropped, not trusted: a role the hub does not know grants nothing.
  const known = roles.filter((r): r is RoleCode => (ROLES as readonly string[]).includes(r as string));
  const districtList = Array.isArray(districts) ? districts.filter((d): d is string => typeof d === 'string') : [];
  const optional = (key: string): string | undefined =>
    typeof claims[key] === 'string' && (claims[key] as string).length > 0 ? (claims[key] as string) : undefined;
  const officerId = optional('officer_id');
  const caseworkerId = optional('caseworker_id');
  const providerId = optional('provider_id');
  return {
    userId: sub,
    name: typeof name === 'string' ? name : sub,
    agency: agency as AgencyCode,
    roles: known,
    districts: districtList,
    ...(officerId ? { officerId } : {}),
    ...(caseworkerId ? { caseworkerId } : {}),
    ...(providerId ? { providerId } : {}),
  };
}

/** True when the viewer holds any of the roles. */
export function hasAnyRole(viewer: Viewer | null | undefined, ...roles: RoleCode[]): boolean {
  return !!viewer && viewer.roles.some((r) => roles.includes(r));
}

/** True when the viewer works in the district. */
export function inDistrict(viewer: Viewer, districtCode: string): boolean {
  return viewer.districts.includes(districtCode);
}

/** A user as the demo and the tests describe one: a viewer known by username rather than token subject. */
export interface ClaimsSource extends Omit<Viewer, 'userId'> {
  username: string;
}

/** The token claims of a user (the same names an identity provider must use). */
export function claimsOfUser(user: ClaimsSource): HubClaims {
  return {
    sub: user.username,
    name: user.name,
    agency: user.agency,
    roles: user.roles,
    districts: user.districts,
    ...(user.officerId ? { officer_id: user.officerId } : {}),
    ...(user.caseworkerId ? { caseworker_id: user.caseworkerId } : {}),
    ...(user.providerId ? { provider_id: user.providerId } : {}),
  };
}
