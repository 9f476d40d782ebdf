import { openDB, type DBSchema, type IDBPDatabase } from 'idb';

/** Where a record made on this device stands: menunggu, mengirim, terkirim, ditolak. */
export type AttendanceState = 'pending' | 'sending' | 'sent' | 'refused';

/** The outcomes the hub knows (AttendanceOutcome). */
export type Outcome = 'ATTENDED' | 'SENT_HOME' | 'ACCEPTABLE_ABSENCE' | 'UNACCEPTABLE_ABSENCE' | 'RESCHEDULED';

/** One day's attendance as the supervisor entered it (the hub's RecordAttendanceInput without the key). */
export interface AttendanceDraft {
  placementId: string;
  /** YYYY-MM-DD, Asia/Jakarta. */
  date: string;
  hours: number;
  outcome: Outcome;
  activity?: string | null;
  reason?: string | null;
}

/** A refusal as the hub gave it: the rule in words, its code, the field and the article of law. */
export interface Refusal {
  code: string;
  message: string;
  field?: string | null;
  article?: string | null;
}

/** Why a send did not settle the record (it stays pending and is tried again). */
export type RetryReason = 'network' | 'unavailable' | 'unauthenticated';

/** A record kept on the device until the hub has answered it. */
export interface QueuedAttendance extends AttendanceDraft {
  /** The idempotency key, made with the record: every send of it carries the same key. */
  key: string;
  /** Who made it (the token's user): only their own session sends it. */
  owner: string;
  /** What the card showed: the person's initials (the limited view) and the site, for the list. */
  personLabel: string;
  siteName: string;
  createdAt: number;
  state: AttendanceState;
  attempts: number;
  /** The tab that is sending it, and since when (a tab that dies mid-send loses its claim after a lease). */
  claimedBy: string | null;
  claimedAt: number | null;
  /** Not before this instant (back-off after a failed send). */
  nextAttemptAt: number;
  lastRetryReason: RetryReason | null;
  sentAt: number | null;
  attendanceId: string | null;
  /** The hub had it already (a second send of the same key): credited once. */
  replayed: boolean;
  refusals: Refusal[] | null;
  refusedAt: number | null;
  /** The supervisor marked a refusal as dealt with; the record is kept (never silently dropped). */
  acknowledgedAt: number | null;
}

/** The people at the supervisor's sites, as last fetched, so the page works with no connection. */
export interface RosterSnapshot {
  owner: string;
  savedAt: number;
  sites: RosterSite[];
}

export interface RosterSite {
  id: string;
  name: string;
  activities: string[];
  availability: { weekday: number; startTime: string; endTime: string }[];
  placements: RosterPlacement[];
}

export interface RosterPlacement {
  id: string;
  startDate: string;
  /** Initials only (SPPA Art. 19): work-site staff never see more. */
  displayName: string;
  isChild: boolean;
  hoursCredited: number;
  hoursRemaining: number | null;
  attendance: { date: string; hours: number; outcome: Outcome }[];
}

export interface OfflineSchema extends DBSchema {
  attendance: { key: string; value: QueuedAttendance; indexes: { owner: string } };
  roster: { key: string; value: RosterSnapshot };
}

export type OfflineDb = IDBPDatabase<OfflineSchema>;

/** The database's name on the device. */
export const OFFLINE_DB_NAME = 'hub-offline';

/** Opens (and on first use creates) the device's store of attendance records and the roster. */
export function openOfflineDb(name: string = OFFLINE_DB_NAME): Promise<OfflineDb> {
  return openDB<OfflineSchema>(name, 1, {
    upgrade(db) {
      const attendance = db.createObjectStore('attendance', { keyPath: 'key' });
      attendance.createIndex('owner', 'owner');
      db.createObjectStore('roster', { keyPath: 'owner' });
    },
  });
}

let shared: Promise<OfflineDb> | null = null;

/** One connection per page. */
export function offlineDb(): Promise<OfflineDb> {
  shared ??= openOfflineDb();
  return shared;
}
