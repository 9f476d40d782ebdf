import { offlineDb, type OfflineDb, type RosterSite, type RosterSnapshot } from './db';

/** Keeps the supervisor's roster (initials and dates only, as the hub showed them) for use with no connection. */
export async function saveRoster(db: OfflineDb, owner: string, sites: RosterSite[], now: number = Date.now()): Promise<void> {
  await db.put('roster', { owner, savedAt: now, sites });
}

/** The roster last fetched by this user on this device, if any. */
export async function loadRoster(db: OfflineDb, owner: string): Promise<RosterSnapshot | null> {
  return (await db.get('roster', owner)) ?? null;
}

/**
 * Forgets every roster kept on the device (on sign-out). Records still waiting to be sent stay: they
 * are the supervisor's work and go to the hub at their next sign-in.
 */
export async function forgetRosters(db?: OfflineDb): Promise<void> {
  try {
    await (db ?? (await offlineDb())).clear('roster');
  } catch {
    // No IndexedDB (a private window in some browsers): nothing was kept.
  }
}
