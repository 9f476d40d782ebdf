import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { openOfflineDb, type AttendanceDraft, type OfflineDb } from './db';
import {
  acknowledge,
  backoffMs,
  claimNext,
  CLAIM_LEASE_MS,
  countStates,
  enqueue,
  KEEP_SENT_MS,
  prune,
  recordsOf,
  settle,
} from './queue';

const draft = (date: string, placementId = 'p-1'): AttendanceDraft => ({ placementId, date, hours: 4, outcome: 'ATTENDED' });
const meta = { personLabel: 'Z.P.', siteName: 'Bank Sampah' };
let names = 0;
const opened: OfflineDb[] = [];

async function freshDb(): Promise<{ db: OfflineDb; name: string }> {
  const name = `queue-test-${(names += 1)}`;
  const db = await openOfflineDb(name);
  opened.push(db);
  return { db, name };
}

afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

describe('the attendance queue on the device', () => {
  it('gives each record its own idempotency key when it is made, and keeps it across a reload', async () => {
    const { db, name } = await freshDb();
    const a = await enqueue(db, 'supervisor.tjb', draft('2026-11-20'), meta, 1);
    const b = await enqueue(db, 'supervisor.tjb', draft('2026-11-21'), meta, 2);
    expect(a.created && b.created).toBe(true);
    expect(a.record.key).toMatch(/^att-[0-9a-f-]{36}$/);
    expect(a.record.key).not.toBe(b.record.key);
    db.close();
    // A reload opens the database again: the records and their keys are still there, waiting.
    const again = await openOfflineDb(name);
    opened.push(again);
    const kept = await recordsOf(again, 'supervisor.tjb');
    expect(kept.map((r) => [r.date, r.key, r.state])).toEqual([
      ['2026-11-20', a.record.key, 'pending'],
      ['2026-11-21', b.record.key, 'pending'],
    ]);
  });

  it('answers a second tap for the same person and day with the record already made, not a second one', async () => {
    const { db } = await freshDb();
    const first = await enqueue(db, 'supervisor.tjb', draft('2026-11-20'), meta);
    const second = await enqueue(db, 'supervisor.tjb', { ...draft('2026-11-20'), hours: 6 }, meta);
    expect(second).toEqual({ record: first.record, created: false });
    expect(await recordsOf(db, 'supervisor.tjb')).toHaveLength(1);
    // Another person the same day, or the same person another day, is a record of its own.
    expect((await enqueue(db, 'supervisor.tjb', draft('2026-11-20', 'p-2'), meta)).created).toBe(true);
  });

  it('lets a new record be made for a day whose record the hub refused, and keeps the refused one', async () => {
    const { db } = await freshDb();
    // Explicit times: two records made in the same millisecond would be listed by their random keys.
    const first = await enqueue(db, 'supervisor.tjb', draft('2026-11-20'), meta, Date.now());
    const claimed = await claimNext(db, 'supervisor.tjb', 'tab-a');
    await settle(db, claimed!.key, 'tab-a', {
      kind: 'refused',
      refusals: [{ code: 'DAILY_CAP_EXCEEDED', message: 'At most 8 hours a day', article: 'KUHP Art. 85(5)' }],
    });
    const retry = await enqueue(db, 'supervisor.tjb', { ...draft('2026-11-20'), hours: 2 }, meta, Date.now() + 1000);
    expect(retry.created).toBe(true);
    expect(retry.record.key).not.toBe(first.record.key);
    expect((await recordsOf(db, 'supervisor.tjb')).map((r) => r.state)).toEqual(['refused', 'pending']);
  });

  it('keeps each user apart: a session sees and sends only its own records', async () => {
    const { db } = await freshDb();
    await enqueue(db, 'supervisor.tjb', draft('2026-11-20'), meta);
    await enqueue(db, 'supervisor.jmb', draft('2026-11-20', 'p-9'), meta);
    expect((await recordsOf(db, 'supervisor.jmb')).map((r) => r.placementId)).toEqual(['p-9']);
    const claimed = await claimNext(db, 'supervisor.jmb', 'tab-a');
    expect(claimed?.owner).toBe('supervisor.jmb');
    expect(await claimNext(db, 'supervisor.jmb', 'tab-a')).toBeNull();
  });

  it('gives a record to one tab only when two claim it at the same moment', async () => {
    const { db } = await freshDb();
    await enqueue(db, 'supervisor.tjb', draft('2026-11-20'), meta);
    const claims = await Promise.all(['tab-a', 'tab-b', 'tab-c'].map((tab) => claimNext(db, 'supervisor.tjb', tab, 1000)));
    expect(claims.filter((c) => c !== null)).toHaveLength(1);
    const [record] = await recordsOf(db, 'supervisor.tjb');
    expect(record).toMatchObject({ state: 'sending', attempts: 1 });
  });

  it('gives a claimed record back after the lease when its tab died mid-send', async () => {
    const { db } = await freshDb();
    await enqueue(db, 'supervisor.tjb', draft('2026-11-20'), meta);
    expect(await claimNext(db, 'supervisor.tjb', 'tab-a', 1000)).not.toBeNull();
    expect(await claimNext(db, 'supervisor.tjb', 'tab-b', 1000 + CLAIM_LEASE_MS - 1)).toBeNull();
    const taken = await claimNext(db, 'supervisor.tjb', 'tab-b', 1000 + CLAIM_LEASE_MS);
    expect(taken).toMatchObject({ claimedBy: 'tab-b', attempts: 2 });
  });

  it('keeps a credited record credited whatever a later answer says, and backs off a failed send', async () => {
    const { db } = await freshDb();
    const { record } = await enqueue(db, 'supervisor.tjb', draft('2026-11-20'), meta);
    await claimNext(db, 'supervisor.tjb', 'tab-a', 1000);
    await settle(db, record.key, 'tab-a', { kind: 'retry', reason: 'network' }, 2000);
    let [kept] = await recordsOf(db, 'supervisor.tjb');
    expect(kept).toMatchObject({ state: 'pending', lastRetryReason: 'network', nextAttemptAt: 2000 + backoffMs(1) });
    expect(await claimNext(db, 'supervisor.tjb', 'tab-a', 2001)).toBeNull();
    expect(await claimNext(db, 'supervisor.tjb', 'tab-a', 2001, true)).not.toBeNull();
    await settle(db, record.key, 'tab-a', { kind: 'sent', attendanceId: 'att-1', replayed: false }, 3000);
    // A second tab's answer for the same key (a replay, or a late refusal) does not undo the credit.
    await settle(db, record.key, 'tab-b', { kind: 'sent', attendanceId: 'att-1', replayed: true }, 3100);
    await settle(
      db,
      record.key,
      'tab-b',
      { kind: 'refused', refusals: [{ code: 'DAY_ALREADY_RECORDED', message: 'already' }] },
      3200,
    );
    await settle(db, record.key, 'tab-b', { kind: 'retry', reason: 'unavailable' }, 3300);
    [kept] = await recordsOf(db, 'supervisor.tjb');
    expect(kept).toMatchObject({ state: 'sent', attendanceId: 'att-1', sentAt: 3000, replayed: true, refusals: null });
  });

  it('never drops a refusal by itself: pruning removes old credited records and refusals the supervisor dealt with', async () => {
    const { db } = await freshDb();
    const a = await enqueue(db, 'supervisor.tjb', draft('2026-11-20'), meta, 0);
    const b = await enqueue(db, 'supervisor.tjb', draft('2026-11-21'), meta, 1);
    const c = await enqueue(db, 'supervisor.tjb', draft('2026-11-22'), meta, 2);
    await enqueue(db, 'supervisor.tjb', draft('2026-11-23'), meta, 3);
    // The three oldest are claimed, oldest first.
    for (let i = 0; i < 3; i += 1) await claimNext(db, 'supervisor.tjb', 'tab-a', 10);
    await settle(db, a.record.key, 'tab-a', { kind: 'sent', attendanceId: 'x', replayed: false }, 10);
    await settle(
      db,
      b.record.key,
      'tab-a',
      { kind: 'refused', refusals: [{ code: 'OUTSIDE_PLACEMENT', message: 'outside' }] },
      10,
    );
    await settle(
      db,
      c.record.key,
      'tab-a',
      { kind: 'refused', refusals: [{ code: 'OUTSIDE_PLACEMENT', message: 'outside' }] },
      10,
    );
    await acknowledge(db, c.record.key, 20);
    const later = 20 + KEEP_SENT_MS + 1;
    expect(await prune(db, 'supervisor.tjb', later)).toBe(2);
    const left = await recordsOf(db, 'supervisor.tjb');
    expect(left.map((r) => [r.date, r.state])).toEqual([
      ['2026-11-21', 'refused'],
      ['2026-11-23', 'pending'],
    ]);
    expect(countStates(left)).toEqual({ pending: 1, sent: 0, refused: 1 });
  });
});
