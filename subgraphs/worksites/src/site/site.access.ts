import { hasAnyRole, type Viewer } from '@hub/auth';

/** Who registers and changes a provider's sites: the head of Bapas, or the provider's own admin. */
export function canManageSites(viewer: Viewer, providerId: string): boolean {
  return hasAnyRole(viewer, 'BAPAS_HEAD') || (hasAnyRole(viewer, 'PROVIDER_ADMIN') && viewer.providerId === providerId);
}
