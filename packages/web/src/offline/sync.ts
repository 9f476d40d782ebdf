import type { OfflineDb, QueuedAttendance, RetryReason } from './db';
import { claimNext, settle, type SendOutcome } from './queue';

/** The name of the Web Lock that lets one tab at a time send the queue. */
export const SYNC_LOCK = 'hub-attendance-sync';

/** The part of the Web Locks API the queue uses (navigator.locks). */
export interface LockLike {
  request<T>(name: string, callback: () => Promise<T>): Promise<T>;
}

/** At most this many records a pass; the next pass takes the rest. */
export const MAX_PER_PASS = 500;

export interface SyncOptions {
  db: OfflineDb;
  owner: string;
  /** This tab's id (its claims carry it). */
  tabId: string;
  send(record: QueuedAttendance): Promise<SendOutcome>;
  /** navigator.locks where the browser has it; without it the per-record claim alone keeps tabs apart. */
  locks?: LockLike | null;
  /** Ignore the back-off (the connection just came back, or the supervisor asked). */
  force?: boolean;
  now?: () => number;
  /** Called after every change to a record, so pages and other tabs refresh. */
  onChange?: () => void;
}

/** What one pass did: records credited (and of those, answered as replays), refused, and why it stopped early. */
export interface SyncReport {
  sent: number;
  replayed: number;
  refused: number;
  stoppedBy: RetryReason | null;
}

/**
 * Sends this user's waiting records, one at a time, oldest first. Each record is claimed in an
 * IndexedDB transaction before it is sent, under a Web Lock, so two tabs never send the same record
 * at once; should that still happen (a claim that outlived its lease), the hub's idempotency key
 * credits it once. The pass stops at the first failure of the connection or the hub (the rest
 * would fail alike) and leaves those records waiting.
 */
export async function syncQueue(options: SyncOptions): Promise<SyncReport> {
  const now = options.now ?? Date.now;
  const run = async (): Promise<SyncReport> => {
    const report: SyncReport = { sent: 0, replayed: 0, refused: 0, stoppedBy: null };
    // Bounded: every record is claimed at most once a pass (a settled record is not pending any more).
    for (let i = 0; i < MAX_PER_PASS; i += 1) {
      const record = await claimNext(options.db, options.owner, options.tabId, now(), options.force);
      if (!record) break;
      options.onChange?.();
      const outcome = await options.send(record);
      await settle(options.db, record.key, options.tabId, outcome, now());
      options.onChange?.();
      if (outcome.kind === 'sent') {
        report.sent += 1;
        if (outcome.replayed) report.replayed += 1;
      } else if (outcome.kind === 'refused') {
        report.refused += 1;
      } else {
        report.stoppedBy = outcome.reason;
        break;
      }
    }
    return report;
  };
  return options.locks ? options.locks.request(SYNC_LOCK, run) : run();
}
