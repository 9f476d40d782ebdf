import type { FilterQuery } from '@mikro-orm/postgresql';
import { hasAnyRole, type Viewer } from '@hub/auth';
import type { IdentityAccessCode } from '../enums';
import type { Client } from './client.entity';

/**
 * Whether the viewer may see the client's identity set (SPPA Art. 19): the head of Bapas, and the PK
 * assigned to the client. Everyone else gets the limited view.
 */
export function canViewClientIdentity(viewer: Viewer, client: Pick<Client, 'officerId'>): boolean {
  if (hasAnyRole(viewer, 'BAPAS_HEAD')) return true;
  return hasAnyRole(viewer, 'PK_OFFICER') && !!viewer.officerId && viewer.officerId === client.officerId;
}

/** FULL or LIMITED, per viewer and record. */
export function identityAccessOf(viewer: Viewer, client: Pick<Client, 'officerId'>): IdentityAccessCode {
  return canViewClientIdentity(viewer, client) ? 'FULL' : 'LIMITED';
}

/** Initials of a name, e.g. "Rizky Ananda Putra" → "R.A.P." (the limited view's display name). */
export function initialsOf(fullName: string): string {
  return fullName
    .split(/\s+/)
    .filter(Boolean)
    .map((part) => `${part[0]!.toUpperCase()}.`)
    .join('');
}

/**
 * The clients a viewer may list: the head and registrar see the register; a PK sees assigned clients;
 * child-protection staff and the prosecutor see their districts (in the limited view). Others: none.
 */
export function clientListScope(viewer: Viewer): FilterQuery<Client> | null {
  if (hasAnyRole(viewer, 'BAPAS_HEAD', 'BAPAS_REGISTRAR')) return {};
  if (hasAnyRole(viewer, 'PK_OFFICER')) return viewer.officerId ? { officerId: viewer.officerId } : null;
  if (hasAnyRole(viewer, 'CASE_MANAGER', 'CASEWORKER', 'PSYCHOLOGIST', 'PROSECUTOR')) {
    return { districtCode: { $in: viewer.districts } };
  }
  return null;
}
