import { describe, expect, it } from 'vitest';
import type { QueuedAttendance } from './db';
import { classifyAnswer, sendAttendance } from './send';

const record = {
  key: 'att-00000000-0000-4000-8000-000000000001',
  placementId: '12a25e12-dac5-5413-9b05-92d678fcbb21',
  date: '2026-11-20',
  hours: 4,
  outcome: 'ATTENDED',
  activity: null,
  reason: null,
} as QueuedAttendance;

describe("classifying the hub's answer to recordAttendance", () => {
  it('credits a first send and a replay alike, noting the replay', () => {
    const ok = { data: { recordAttendance: { attendance: { id: 'a-1' }, userErrors: [], replayed: false } } };
    expect(classifyAnswer(200, ok)).toEqual({ kind: 'sent', attendanceId: 'a-1', replayed: false });
    const again = { data: { recordAttendance: { attendance: { id: 'a-1' }, userErrors: [], replayed: true } } };
    expect(classifyAnswer(200, again)).toEqual({ kind: 'sent', attendanceId: 'a-1', replayed: true });
  });

  it("keeps the hub's refusal whole: rule, code, field and article", () => {
    const refused = {
      data: {
        recordAttendance: {
          attendance: null,
          replayed: false,
          userErrors: [
            {
              field: 'input.hours',
              code: 'DAILY_CAP_EXCEEDED',
              message: 'Paling banyak 8 jam sehari',
              article: 'KUHP Art. 85(5)',
            },
          ],
        },
      },
    };
    expect(classifyAnswer(200, refused)).toEqual({
      kind: 'refused',
      refusals: [
        { field: 'input.hours', code: 'DAILY_CAP_EXCEEDED', message: 'Paling banyak 8 jam sehari', article: 'KUHP Art. 85(5)' },
      ],
    });
  });

  it('refuses for good what the hub will never accept (forbidden, bad input, a key reused for other input)', () => {
    for (const code of ['FORBIDDEN', 'BAD_USER_INPUT', 'CONFLICT']) {
      const answer = classifyAnswer(200, { data: null, errors: [{ message: `no (${code})`, extensions: { code } }] });
      expect(answer).toEqual({ kind: 'refused', refusals: [{ code, message: `no (${code})`, field: null, article: null }] });
    }
    expect(
      classifyAnswer(400, {
        errors: [{ message: 'input.reason is longer than 4000 characters.', extensions: { code: 'BAD_USER_INPUT' } }],
      }),
    ).toMatchObject({
      kind: 'refused',
    });
  });

  it('tries again later when the connection, the hub or an agency is away, or the session expired', () => {
    expect(classifyAnswer(401, { errors: [{ message: 'no token' }] })).toEqual({ kind: 'retry', reason: 'unauthenticated' });
    expect(classifyAnswer(200, { errors: [{ message: 'expired', extensions: { code: 'UNAUTHENTICATED' } }] })).toEqual({
      kind: 'retry',
      reason: 'unauthenticated',
    });
    for (const status of [429, 500, 502, 503, 504])
      expect(classifyAnswer(status, null)).toEqual({ kind: 'retry', reason: 'unavailable' });
    for (const code of ['SERVICE_UNAVAILABLE', 'AGENCY_UNAVAILABLE', 'INTERNAL_SERVER_ERROR']) {
      expect(
        classifyAnswer(200, { data: { recordAttendance: null }, errors: [{ message: 'away', extensions: { code } }] }),
      ).toEqual({
        kind: 'retry',
        reason: 'unavailable',
      });
    }
    // An answer cut off mid-way: the record may have been credited; the same key makes a retry safe.
    expect(classifyAnswer(200, null)).toEqual({ kind: 'retry', reason: 'unavailable' });
  });
});

describe('sending one record', () => {
  it('posts the mutation with the record and its idempotency key, the token only in the Authorization header', async () => {
    const seen: { url: string; init: RequestInit }[] = [];
    const fetchImpl = (async (url: string, init: RequestInit) => {
      seen.push({ url, init });
      return new Response(
        JSON.stringify({ data: { recordAttendance: { attendance: { id: 'a-9' }, userErrors: [], replayed: false } } }),
        {
          status: 200,
          headers: { 'content-type': 'application/json' },
        },
      );
    }) as unknown as typeof fetch;
    const outcome = await sendAttendance(record, { token: 'tok', query: 'mutation RecordAttendance { x }', fetchImpl });
    expect(outcome).toEqual({ kind: 'sent', attendanceId: 'a-9', replayed: false });
    expect(seen[0]!.url).toBe('/graphql');
    expect(seen[0]!.init.headers).toMatchObject({ authorization: 'Bearer tok' });
    const body = JSON.parse(String(seen[0]!.init.body)) as { variables: { input: Record<string, unknown> } };
    expect(body.variables.input).toEqual({
      placementId: record.placementId,
      date: '2026-11-20',
      hours: 4,
      outcome: 'ATTENDED',
      activity: null,
      reason: null,
      idempotencyKey: record.key,
    });
  });

  it('treats a failed request (no connection) as one to retry', async () => {
    const fetchImpl = (async () => {
      throw new TypeError('Failed to fetch');
    }) as unknown as typeof fetch;
    expect(await sendAttendance(record, { token: 'tok', query: 'q', fetchImpl })).toEqual({ kind: 'retry', reason: 'network' });
  });
});
