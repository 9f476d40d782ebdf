import type { AttendanceDraft, OfflineDb, QueuedAttendance, Refusal, RetryReason } from './db';

/** How long a tab's claim on a record lasts: a tab closed mid-send gives the record back after this. */
export const CLAIM_LEASE_MS = 30_000;
/** Sent records are kept this long on the device (the hub has them), then pruned. */
export const KEEP_SENT_MS = 14 * 86_400_000;

/** A new idempotency key: random, made once per record, never reused for another record. */
export function newIdempotencyKey(): string {
  const c = globalThis.crypto;
  if (typeof c.randomUUID === 'function') return `att-${c.randomUUID()}`;
  // Older browsers outside a secure context: the same 122 random bits, formatted by hand.
  const b = c.getRandomValues(new Uint8Array(16));
  b[6] = (b[6]! & 0x0f) | 0x40;
  b[8] = (b[8]! & 0x3f) | 0x80;
  const h = [...b].map((x) => x.toString(16).padStart(2, '0')).join('');
  return `att-${h.slice(0, 8)}-${h.slice(8, 12)}-${h.slice(12, 16)}-${h.slice(16, 20)}-${h.slice(20)}`;
}

/** A record still counts for its person and day unless the hub refused it. */
function holdsTheDay(r: QueuedAttendance): boolean {
  return r.state !== 'refused';
}

/** Oldest first; records made in the same millisecond by their day, then their key (never by chance alone). */
function inOrderMade(a: QueuedAttendance, b: QueuedAttendance): number {
  return a.createdAt - b.createdAt || a.date.localeCompare(b.date) || a.key.localeCompare(b.key);
}

/** Every record of one user on this device, oldest first. */
export async function recordsOf(db: OfflineDb, owner: string): Promise<QueuedAttendance[]> {
  const all = await db.getAllFromIndex('attendance', 'owner', owner);
  return all.sort(inOrderMade);
}

/**
 * Keeps a new record on the device with its idempotency key, in one transaction. A second tap for
 * the same person and day returns the record already made (pending, sending or sent) instead of a
 * second one; after a refusal a new record may be made.
 */
export async function enqueue(
  db: OfflineDb,
  owner: string,
  draft: AttendanceDraft,
  meta: { personLabel: string; siteName: string },
  now: number = Date.now(),
  key: string = newIdempotencyKey(),
): Promise<{ record: QueuedAttendance; created: boolean }> {
  const tx = db.transaction('attendance', 'readwrite');
  const mine = await tx.store.index('owner').getAll(owner);
  const existing = mine.find((r) => r.placementId === draft.placementId && r.date === draft.date && holdsTheDay(r));
  if (existing) {
    await tx.done;
    return { record: existing, created: false };
  }
  const record: QueuedAttendance = {
    placementId: draft.placementId,
    date: draft.date,
    hours: draft.hours,
    outcome: draft.outcome,
    activity: draft.activity?.trim() || null,
    reason: draft.reason?.trim() || null,
    key,
    owner,
    personLabel: meta.personLabel,
    siteName: meta.siteName,
    createdAt: now,
    state: 'pending',
    attempts: 0,
    claimedBy: null,
    claimedAt: null,
    nextAttemptAt: 0,
    lastRetryReason: null,
    sentAt: null,
    attendanceId: null,
    replayed: false,
    refusals: null,
    refusedAt: null,
    acknowledgedAt: null,
  };
  await tx.store.add(record);
  await tx.done;
  return { record, created: true };
}

/**
 * Claims the next record to send for this tab, in one IndexedDB transaction (transactions on the
 * store run one at a time across tabs): a pending record whose back-off has passed (or any pending
 * one when `force`), or one another tab claimed longer ago than the lease. Returns null when none.
 */
export async function claimNext(
  db: OfflineDb,
  owner: string,
  tabId: string,
  now: number = Date.now(),
  force = false,
): Promise<QueuedAttendance | null> {
  const tx = db.transaction('attendance', 'readwrite');
  const mine = (await tx.store.index('owner').getAll(owner)).sort(inOrderMade);
  const next = mine.find(
    (r) =>
      (r.state === 'pending' && (force || r.nextAttemptAt <= now)) ||
      (r.state === 'sending' && (r.claimedAt ?? 0) + CLAIM_LEASE_MS <= now),
  );
  if (!next) {
    await tx.done;
    return null;
  }
  const claimed: QueuedAttendance = { ...next, state: 'sending', claimedBy: tabId, claimedAt: now, attempts: next.attempts + 1 };
  await tx.store.put(claimed);
  await tx.done;
  return claimed;
}

/** What the hub (or the network) said about one send. */
export type SendOutcome =
  | { kind: 'sent'; attendanceId: string; replayed: boolean }
  | { kind: 'refused'; refusals: Refusal[] }
  | { kind: 'retry'; reason: RetryReason };

/** How long a record refused for an expired session waits before this session tries again. */
export const SIGN_IN_WAIT_MS = 60_000;

/** Back-off after failed sends: 2 s, 4 s, 8 s … at most 2 minutes. */
export function backoffMs(attempts: number): number {
  return Math.min(120_000, 1000 * 2 ** Math.max(1, Math.min(attempts, 7)));
}

/**
 * Records the answer to a send. A record the hub credited stays credited whatever a later answer
 * says (a second tab's replay changes nothing); a retry gives the record back only if this tab
 * still holds the claim.
 */
export async function settle(
  db: OfflineDb,
  key: string,
  tabId: string,
  outcome: SendOutcome,
  now: number = Date.now(),
): Promise<QueuedAttendance | null> {
  const tx = db.transaction('attendance', 'readwrite');
  const current = await tx.store.get(key);
  if (!current) {
    await tx.done;
    return null;
  }
  let next: QueuedAttendance = current;
  if (outcome.kind === 'sent') {
    next =
      current.state === 'sent'
        ? { ...current, replayed: current.replayed || outcome.replayed }
        : {
            ...current,
            state: 'sent',
            sentAt: now,
            attendanceId: outcome.attendanceId,
            replayed: outcome.replayed,
            refusals: null,
            refusedAt: null,
            claimedBy: null,
            claimedAt: null,
            lastRetryReason: null,
          };
  } else if (outcome.kind === 'refused') {
    if (current.state !== 'sent') {
      next = { ...current, state: 'refused', refusals: outcome.refusals, refusedAt: now, claimedBy: null, claimedAt: null };
    }
  } else if (current.state === 'sending' && current.claimedBy === tabId) {
    // An expired session waits for the next sign-in, whose first pass is forced past the back-off.
    const wait = outcome.reason === 'unauthenticated' ? SIGN_IN_WAIT_MS : backoffMs(current.attempts);
    next = {
      ...current,
      state: 'pending',
      claimedBy: null,
      claimedAt: null,
      nextAttemptAt: now + wait,
      lastRetryReason: outcome.reason,
    };
  }
  if (next !== current) await tx.store.put(next);
  await tx.done;
  return next;
}

/** The supervisor has dealt with a refusal: it stays on the device, marked. */
export async function acknowledge(db: OfflineDb, key: string, now: number = Date.now()): Promise<void> {
  const tx = db.transaction('attendance', 'readwrite');
  const current = await tx.store.get(key);
  if (current && current.state === 'refused' && !current.acknowledgedAt) await tx.store.put({ ...current, acknowledgedAt: now });
  await tx.done;
}

/** Removes what the device no longer needs: records the hub credited, and refusals dealt with, after two weeks. */
export async function prune(db: OfflineDb, owner: string, now: number = Date.now()): Promise<number> {
  const tx = db.transaction('attendance', 'readwrite');
  const mine = await tx.store.index('owner').getAll(owner);
  const old = mine.filter(
    (r) =>
      (r.state === 'sent' && (r.sentAt ?? 0) + KEEP_SENT_MS < now) ||
      (r.state === 'refused' && r.acknowledgedAt !== null && r.acknowledgedAt + KEEP_SENT_MS < now),
  );
  for (const r of old) await tx.store.delete(r.key);
  await tx.done;
  return old.length;
}

/** How many records are in each state (a sending record counts as waiting). */
export function countStates(records: readonly QueuedAttendance[]): { pending: number; sent: number; refused: number } {
  return {
    pending: records.filter((r) => r.state === 'pending' || r.state === 'sending').length,
    sent: records.filter((r) => r.state === 'sent').length,
    refused: records.filter((r) => r.state === 'refused').length,
  };
}
