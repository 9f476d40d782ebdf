import type { AttendanceDraft, OfflineDb, QueuedAttendance } from './db';
import { acknowledge, enqueue, prune, recordsOf } from './queue';
import { syncQueue, type LockLike, type SyncReport } from './sync';
import type { SendOutcome } from './queue';

/** Other tabs hear of every change on this channel (same origin only). */
export const QUEUE_CHANNEL = 'hub-attendance-queue';

function newTabId(): string {
  return `tab-${Math.random().toString(36).slice(2, 10)}-${Date.now().toString(36)}`;
}

/**
 * One tab's handle on the device's attendance queue for the signed-in supervisor: make records, list
 * them, and send them when there is a connection. Changes are announced to this tab's listeners and,
 * over a BroadcastChannel, to the other tabs.
 */
export class AttendanceEngine {
  readonly tabId = newTabId();
  private readonly listeners = new Set<() => void>();
  private readonly channel: BroadcastChannel | null;
  private running: Promise<SyncReport> | null = null;
  private again: { force: boolean } | null = null;
  lastReport: SyncReport | null = null;

  constructor(
    private readonly db: OfflineDb,
    readonly owner: string,
    private readonly send: (record: QueuedAttendance) => Promise<SendOutcome>,
    private readonly locks: LockLike | null = defaultLocks(),
  ) {
    this.channel = typeof BroadcastChannel === 'function' ? new BroadcastChannel(QUEUE_CHANNEL) : null;
    this.channel?.addEventListener('message', () => this.emit(false));
  }

  /** Calls `listener` after every change to the queue, in this tab or another. */
  subscribe(listener: () => void): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  private emit(broadcast = true): void {
    for (const l of this.listeners) l();
    if (broadcast) this.channel?.postMessage('changed');
  }

  /** This user's records on the device, oldest first. */
  list(): Promise<QueuedAttendance[]> {
    return recordsOf(this.db, this.owner);
  }

  /** Keeps a record (its key made now) and, with a connection, sends it at once. */
  async record(draft: AttendanceDraft, meta: { personLabel: string; siteName: string }) {
    const result = await enqueue(this.db, this.owner, draft, meta);
    this.emit();
    if (isOnline()) void this.sync();
    return result;
  }

  /** Marks a refusal as dealt with (it stays on the device). */
  async acknowledge(key: string): Promise<void> {
    await acknowledge(this.db, key);
    this.emit();
  }

  /** Sends what is waiting; a call during a pass runs one more pass after it. */
  sync(force = false): Promise<SyncReport> {
    if (this.running) {
      this.again = { force: force || (this.again?.force ?? false) };
      return this.running;
    }
    this.running = (async () => {
      let report: SyncReport = { sent: 0, replayed: 0, refused: 0, stoppedBy: null };
      let pass: { force: boolean } | null = { force };
      while (pass) {
        this.again = null;
        const r = await syncQueue({
          db: this.db,
          owner: this.owner,
          tabId: this.tabId,
          send: this.send,
          locks: this.locks,
          force: pass.force,
          onChange: () => this.emit(),
        });
        report = {
          sent: report.sent + r.sent,
          replayed: report.replayed + r.replayed,
          refused: report.refused + r.refused,
          stoppedBy: r.stoppedBy,
        };
        pass = r.stoppedBy ? null : this.again;
      }
      await prune(this.db, this.owner);
      this.lastReport = report;
      return report;
    })().finally(() => {
      this.running = null;
      this.emit(false);
    });
    return this.running;
  }

  dispose(): void {
    this.listeners.clear();
    this.channel?.close();
  }
}

function isOnline(): boolean {
  return typeof navigator === 'undefined' || navigator.onLine !== false;
}

function defaultLocks(): LockLike | null {
  if (typeof navigator === 'undefined' || !('locks' in navigator) || !navigator.locks) return null;
  const locks = navigator.locks;
  return { request: <T>(name: string, callback: () => Promise<T>) => locks.request(name, () => callback()) as Promise<T> };
}
