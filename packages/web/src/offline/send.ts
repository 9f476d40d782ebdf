import type { QueuedAttendance, Refusal } from './db';
import type { SendOutcome } from './queue';

/** GraphQL error codes that mean the hub decided about this record: sending it again will not change that. */
const FINAL_CODES = new Set([
  'BAD_USER_INPUT',
  'FORBIDDEN',
  'CONFLICT',
  'NOT_FOUND',
  'GRAPHQL_VALIDATION_FAILED',
  'PERSISTED_QUERY_NOT_FOUND',
]);

interface GraphQLErrorLike {
  message?: string;
  extensions?: { code?: unknown };
}

interface RecordAttendanceBody {
  data?: {
    recordAttendance?: {
      attendance?: { id: string } | null;
      userErrors?: Refusal[];
      replayed?: boolean;
    } | null;
  } | null;
  errors?: GraphQLErrorLike[];
}

/**
 * What one HTTP answer to recordAttendance means for the record on the device: credited (first time
 * or replayed), refused by the hub (its rule, field and article), or to be tried again (no
 * connection, an agency away, the session to be renewed). A refusal is final; everything else retries.
 */
export function classifyAnswer(status: number, body: unknown): SendOutcome {
  if (status === 401) return { kind: 'retry', reason: 'unauthenticated' };
  if (status === 429 || status >= 500) return { kind: 'retry', reason: 'unavailable' };
  const answer = (body ?? {}) as RecordAttendanceBody;
  const payload = answer.data?.recordAttendance;
  if (payload?.userErrors && payload.userErrors.length > 0) {
    return {
      kind: 'refused',
      refusals: payload.userErrors.map((e) => ({
        code: e.code,
        message: e.message,
        field: e.field ?? null,
        article: e.article ?? null,
      })),
    };
  }
  if (payload?.attendance?.id) return { kind: 'sent', attendanceId: payload.attendance.id, replayed: payload.replayed === true };
  const errors = answer.errors ?? [];
  const codes = errors.map((e) => String(e.extensions?.code ?? ''));
  if (codes.includes('UNAUTHENTICATED')) return { kind: 'retry', reason: 'unauthenticated' };
  const final = errors.filter((_, i) => FINAL_CODES.has(codes[i]!));
  if (final.length > 0 || (status >= 400 && status < 500)) {
    const shown = final.length > 0 ? final : errors;
    return {
      kind: 'refused',
      refusals: (shown.length > 0 ? shown : [{ message: `HTTP ${status}` }]).map((e) => ({
        code: String(e.extensions?.code ?? `HTTP_${status}`),
        message: String(e.message ?? ''),
        field: null,
        article: null,
      })),
    };
  }
  return { kind: 'retry', reason: 'unavailable' };
}

/** The hub's variables for one queued record: the draft as entered and its idempotency key. */
export function attendanceInput(record: QueuedAttendance) {
  return {
    placementId: record.placementId,
    date: record.date,
    hours: record.hours,
    outcome: record.outcome,
    activity: record.activity ?? null,
    reason: record.reason ?? null,
    idempotencyKey: record.key,
  };
}

/**
 * Sends one record to the gateway (POST /graphql, the caller's token in the Authorization header,
 * never cached: the service worker leaves /graphql to the network) and classifies the answer.
 */
export async function sendAttendance(
  record: QueuedAttendance,
  options: { token: string; query: string; url?: string; fetchImpl?: typeof fetch },
): Promise<SendOutcome> {
  const doFetch = options.fetchImpl ?? fetch;
  let res: Response;
  try {
    res = await doFetch(options.url ?? '/graphql', {
      method: 'POST',
      cache: 'no-store',
      headers: {
        'content-type': 'application/json',
        accept: 'application/graphql-response+json, application/json',
        authorization: `Bearer ${options.token}`,
      },
      body: JSON.stringify({
        operationName: 'RecordAttendance',
        query: options.query,
        variables: { input: attendanceInput(record) },
      }),
    });
  } catch {
    return { kind: 'retry', reason: 'network' };
  }
  let body: unknown = null;
  try {
    body = await res.json();
  } catch {
    body = null;
  }
  return classifyAnswer(res.status, body);
}
