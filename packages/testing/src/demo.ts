import type { HubClaims } from '@hub/auth';
import type { DemoUser } from '@hub/demo';

/** The token claims of a demo user. */
export function claimsOfUser(user: DemoUser): HubClaims {
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
