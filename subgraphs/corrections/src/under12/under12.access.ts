import { hasAnyRole, type Viewer } from '@hub/auth';

/**
 * The PK who records a decision for a child under 12: the PK who took part (the caller), or the PK the
 * head of Bapas names. Null when the caller may not record it (a PK naming someone else, no PK at all).
 */
export function recordingOfficer(viewer: Viewer, named: string | null | undefined): string | null {
  const officerId = hasAnyRole(viewer, 'BAPAS_HEAD') ? (named ?? viewer.officerId) : viewer.officerId;
  if (!officerId) return null;
  if (hasAnyRole(viewer, 'PK_OFFICER') && !hasAnyRole(viewer, 'BAPAS_HEAD') && named && named !== officerId) return null;
  return officerId;
}
