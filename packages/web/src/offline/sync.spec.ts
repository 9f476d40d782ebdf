import 'fake-indexeddb/auto';
import { afterEach, describe, expect, it } from 'vitest';
import { openOfflineDb, type OfflineDb, type QueuedAttendance } from './db';
import { enqueue, recordsOf, type SendOutcome } from './queue';
import { syncQueue, type LockLike } from './sync';

let names = 0;
const opened: OfflineDb[] = [];
async function freshDb(): Promise<OfflineDb> {
  const db = await openOfflineDb(`sync-test-${(names += 1)}`);
  opened.push(db);
  return db;
}
afterEach(() => {
  for (const db of opened.splice(0)) db.close();
});

/** An exclusive lock like navigator.locks: callbacks run one after another. */
function mutex(): LockLike {
  let tail: Promise<unknown> = Promise.resolve();
  return {
    request<T>(_name: string, callback: () => Promise<T>): Promise<T> {
      const run = tail.then(callback, callback);
      tail = run.catch(() => undefined);
      return run;
    },
  };
}

/**
 * The hub's side as the tests need it: credits a key once (a repeat is a replay), refuses what the
 * rule says, and can be told the connection is down. Every call is counted.
 */
function fakeHub(refuse: (r: QueuedAttendance) => boolean = () => false) {
  const credited = new Map<string, string>();
  const state = { online: true, calls: 0, replays: 0 };
  const send = async (r: QueuedAttendance): Promise<SendOutcome> => {
    state.calls += 1;
    await new Promise((ok) => setTimeout(ok, 2));
    if (!state.online) return { kind: 'retry', reason: 'network' };
    if (refuse(r))
      return {
        kind: 'refused',
        refusals: [{ code: 'DAILY_CAP_EXCEEDED', message: 'At most 8 hours a day', article: 'KUHP Art. 85(5)' }],
      };
    const known = credited.get(r.key);
    if (known) {
      state.replays += 1;
      return { kind: 'sent', attendanceId: known, replayed: true };
    }
    const id = `attendance-${credited.size + 1}`;
    credited.set(r.key, id);
    return { kind: 'sent', attendanceId: id, replayed: false };
  };
  return { credited, state, send };
}

const meta = { personLabel: 'Z.P.', siteName: 'Bank Sampah' };
async function queueDays(db: OfflineDb, days: string[], hours = 4) {
  for (const [i, date] of days.entries()) {
    await enqueue(db, 'supervisor.tjb', { placementId: 'p-1', date, hours, outcome: 'ATTENDED' }, meta, i);
  }
}

describe('sending the queue when the connection returns', () => {
  it('waits with no connection, then credits each record exactly once', async () => {
    const db = await freshDb();
    await queueDays(db, ['2026-11-20', '2026-11-21', '2026-11-23']);
    const hub = fakeHub();
    hub.state.online = false;
    const offline = await syncQueue({ db, owner: 'supervisor.tjb', tabId: 'tab-a', send: hub.send, force: true });
    expect(offline).toEqual({ sent: 0, replayed: 0, refused: 0, stoppedBy: 'network' });
    // The pass stopped at the first failure: one attempt, not one per record.
    expect(hub.state.calls).toBe(1);
    expect((await recordsOf(db, 'supervisor.tjb')).map((r) => r.state)).toEqual(['pending', 'pending', 'pending']);

    hub.state.online = true;
    const back = await syncQueue({ db, owner: 'supervisor.tjb', tabId: 'tab-a', send: hub.send, force: true });
    expect(back).toMatchObject({ sent: 3, replayed: 0, refused: 0, stoppedBy: null });
    expect(hub.credited.size).toBe(3);
    expect((await recordsOf(db, 'supervisor.tjb')).map((r) => r.state)).toEqual(['sent', 'sent', 'sent']);
    // Nothing is left to send.
    expect(await syncQueue({ db, owner: 'supervisor.tjb', tabId: 'tab-a', send: hub.send, force: true })).toMatchObject({
      sent: 0,
    });
    expect(hub.state.calls).toBe(4);
  });

  it('sends a record once when two tabs sync at the same moment, with the Web Lock and without it', async () => {
    for (const locks of [mutex(), null]) {
      const db = await freshDb();
      await queueDays(db, ['2026-11-20', '2026-11-21', '2026-11-23', '2026-11-24', '2026-11-25']);
      const hub = fakeHub();
      const [a, b] = await Promise.all(
        ['tab-a', 'tab-b'].map((tabId) => syncQueue({ db, owner: 'supervisor.tjb', tabId, send: hub.send, locks, force: true })),
      );
      expect(a!.sent + b!.sent).toBe(5);
      expect(hub.state.calls).toBe(5);
      expect(hub.state.replays).toBe(0);
      expect(hub.credited.size).toBe(5);
    }
  });

  it('relies on the key when a record is sent twice anyway: the second send is a replay, credited once', async () => {
    const db = await freshDb();
    await queueDays(db, ['2026-11-20']);
    const hub = fakeHub();
    const [record] = await recordsOf(db, 'supervisor.tjb');
    // Another tab sent it and was cut off before it could note the answer (its claim then expired).
    await hub.send(record!);
    const report = await syncQueue({ db, owner: 'supervisor.tjb', tabId: 'tab-a', send: hub.send, force: true });
    expect(report).toMatchObject({ sent: 1, replayed: 1 });
    expect(hub.credited.size).toBe(1);
    expect((await recordsOf(db, 'supervisor.tjb'))[0]).toMatchObject({
      state: 'sent',
      replayed: true,
      attendanceId: 'attendance-1',
    });
  });

  it('shows a refusal with its rule and article, keeps it, and sends the other records', async () => {
    const db = await freshDb();
    await queueDays(db, ['2026-11-20', '2026-11-21']);
    await enqueue(db, 'supervisor.tjb', { placementId: 'p-1', date: '2026-11-24', hours: 8, outcome: 'ATTENDED' }, meta, 5);
    const hub = fakeHub((r) => r.hours > 6);
    const report = await syncQueue({ db, owner: 'supervisor.tjb', tabId: 'tab-a', send: hub.send, force: true });
    expect(report).toMatchObject({ sent: 2, refused: 1 });
    const refused = (await recordsOf(db, 'supervisor.tjb')).find((r) => r.state === 'refused');
    expect(refused).toMatchObject({
      date: '2026-11-24',
      refusals: [{ code: 'DAILY_CAP_EXCEEDED', message: 'At most 8 hours a day', article: 'KUHP Art. 85(5)' }],
    });
    // A refusal is final: the next pass does not send it again.
    await syncQueue({ db, owner: 'supervisor.tjb', tabId: 'tab-a', send: hub.send, force: true });
    expect(hub.state.calls).toBe(3);
  });

  it('keeps records waiting when the session must be renewed, and sends them after the next sign-in', async () => {
    const db = await freshDb();
    await queueDays(db, ['2026-11-20', '2026-11-21']);
    const expired = async (): Promise<SendOutcome> => ({ kind: 'retry', reason: 'unauthenticated' });
    const report = await syncQueue({ db, owner: 'supervisor.tjb', tabId: 'tab-a', send: expired, force: true });
    expect(report.stoppedBy).toBe('unauthenticated');
    const waiting = await recordsOf(db, 'supervisor.tjb');
    expect(waiting.map((r) => [r.state, r.lastRetryReason])).toEqual([
      ['pending', 'unauthenticated'],
      ['pending', null],
    ]);
    const hub = fakeHub();
    // The next sign-in's first pass is forced past the wait.
    expect(await syncQueue({ db, owner: 'supervisor.tjb', tabId: 'tab-b', send: hub.send })).toMatchObject({ sent: 1 });
    expect(await syncQueue({ db, owner: 'supervisor.tjb', tabId: 'tab-b', send: hub.send, force: true })).toMatchObject({
      sent: 1,
    });
  });
});
