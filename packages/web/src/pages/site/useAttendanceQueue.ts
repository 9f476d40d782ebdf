import { useCallback, useEffect, useState } from 'react';
import { offlineDb, type AttendanceDraft, type QueuedAttendance } from '../../offline/db';
import { AttendanceEngine } from '../../offline/engine';
import { sendAttendance } from '../../offline/send';
import type { SyncReport } from '../../offline/sync';
import { RECORD_ATTENDANCE_TEXT } from './operations';

/** How often a tab with a connection and waiting records looks for those whose back-off has passed. */
const POLL_MS = 5_000;

export interface AttendanceQueue {
  ready: boolean;
  /** IndexedDB could not be opened: records cannot be kept on this device. */
  unavailable: boolean;
  records: QueuedAttendance[];
  syncing: boolean;
  lastReport: SyncReport | null;
  record(
    draft: AttendanceDraft,
    meta: { personLabel: string; siteName: string },
  ): Promise<{ record: QueuedAttendance; created: boolean }>;
  syncNow(): void;
  acknowledge(key: string): void;
}

/**
 * The signed-in supervisor's queue on this device: its records (refreshed on every change, in this
 * tab or another) and the sending, which runs when the page opens, when the connection comes back,
 * after each new record, on request, and every 5 seconds while records wait and there is a connection.
 */
export function useAttendanceQueue(owner: string, token: string): AttendanceQueue {
  const [engine, setEngine] = useState<AttendanceEngine | null>(null);
  const [records, setRecords] = useState<QueuedAttendance[]>([]);
  const [unavailable, setUnavailable] = useState(false);
  const [syncing, setSyncing] = useState(false);
  const [lastReport, setLastReport] = useState<SyncReport | null>(null);

  useEffect(() => {
    let disposed = false;
    let created: AttendanceEngine | null = null;
    let unsubscribe = () => undefined as unknown;
    offlineDb()
      .then((db) => {
        if (disposed) return;
        const eng = new AttendanceEngine(db, owner, (r) => sendAttendance(r, { token, query: RECORD_ATTENDANCE_TEXT }));
        created = eng;
        const refresh = () => {
          void eng.list().then((rs) => {
            if (!disposed) setRecords(rs);
          });
        };
        unsubscribe = eng.subscribe(refresh);
        refresh();
        setEngine(eng);
      })
      .catch(() => setUnavailable(true));
    return () => {
      disposed = true;
      unsubscribe();
      created?.dispose();
    };
  }, [owner, token]);

  const waiting = records.some((r) => r.state === 'pending' || r.state === 'sending');
  const run = useCallback(
    (force: boolean) => {
      if (!engine || navigator.onLine === false) return;
      setSyncing(true);
      void engine
        .sync(force)
        .then(setLastReport)
        .catch(() => undefined)
        .finally(() => setSyncing(false));
    },
    [engine],
  );

  useEffect(() => {
    if (!engine) return undefined;
    run(true);
    const onOnline = () => run(true);
    const onVisible = () => {
      if (document.visibilityState === 'visible') run(false);
    };
    window.addEventListener('online', onOnline);
    document.addEventListener('visibilitychange', onVisible);
    return () => {
      window.removeEventListener('online', onOnline);
      document.removeEventListener('visibilitychange', onVisible);
    };
  }, [engine, run]);

  useEffect(() => {
    if (!waiting) return undefined;
    const timer = window.setInterval(() => run(false), POLL_MS);
    return () => window.clearInterval(timer);
  }, [waiting, run]);

  const record = useCallback(
    async (draft: AttendanceDraft, meta: { personLabel: string; siteName: string }) => {
      if (!engine) throw new Error('queue not ready');
      const result = await engine.record(draft, meta);
      return result;
    },
    [engine],
  );

  const acknowledge = useCallback(
    (key: string) => {
      if (engine) void engine.acknowledge(key);
    },
    [engine],
  );

  return { ready: !!engine, unavailable, records, syncing, lastReport, record, syncNow: () => run(true), acknowledge };
}
