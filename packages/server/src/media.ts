/**
 * Media types of the GraphQL-over-HTTP specification: a client that asks for
 * `application/graphql-response+json` gets it (and status codes that tell request errors apart);
 * one that asks for `application/json`, or nothing, gets `application/json`.
 */
export const GRAPHQL_RESPONSE_JSON = 'application/graphql-response+json; charset=utf-8';
export const APPLICATION_JSON = 'application/json; charset=utf-8';

interface Range {
  type: string;
  q: number;
  index: number;
}

function ranges(accept: string): Range[] {
  return accept
    .split(',')
    .map((part, index) => {
      const [type = '', ...params] = part.split(';').map((p) => p.trim().toLowerCase());
      const q = params.find((p) => p.startsWith('q='));
      return { type, q: q ? Number(q.slice(2)) : 1, index };
    })
    .filter((r) => r.type && Number.isFinite(r.q));
}

/** How much the client wants `type`: its weight, then exact over wildcard, then the earlier in the header (as Apollo negotiates). */
function preference(list: Range[], type: string): [number, number, number] {
  const [major] = type.split('/');
  const exact = list.find((r) => r.type === type);
  if (exact) return [exact.q, 2, -exact.index];
  const wildcard = list.find((r) => r.type === `${major}/*`) ?? list.find((r) => r.type === '*/*');
  return wildcard ? [wildcard.q, wildcard.type === '*/*' ? 0 : 1, -wildcard.index] : [0, 0, 0];
}

const better = (a: [number, number, number], b: [number, number, number]): boolean =>
  a[0] !== b[0] ? a[0] > b[0] : a[1] !== b[1] ? a[1] > b[1] : a[2] > b[2];

/** The response media type for an `Accept` header, or null when it accepts neither (406). */
export function responseMediaType(accept: string | undefined): string | null {
  if (!accept || !accept.trim()) return APPLICATION_JSON;
  const list = ranges(accept);
  const graphql = preference(list, 'application/graphql-response+json');
  const json = preference(list, 'application/json');
  if (graphql[0] <= 0 && json[0] <= 0) return null;
  // A bare wildcard gives both the same rank: application/json, as Apollo answers then.
  return better(graphql, json) ? GRAPHQL_RESPONSE_JSON : APPLICATION_JSON;
}

/** True when a POST body is declared as JSON in UTF-8, the one request media type the hub reads. */
export function isJsonRequest(contentType: string | undefined): boolean {
  if (!contentType) return false;
  const [essence = '', ...params] = contentType.split(';').map((p) => p.trim().toLowerCase());
  if (essence !== 'application/json') return false;
  const charset = params.find((p) => p.startsWith('charset='));
  return !charset || charset === 'charset=utf-8';
}

/**
 * CSRF prevention for a server that only answers bearer tokens: a GET query must carry a header a
 * cross-site page cannot send without a preflight the hub never grants. The `Authorization` header
 * is one, and no request runs without it (there are no cookies to ride on), so standard clients may
 * use GET without weakening the protection; a POST must be `application/json`, never a simple form.
 */
export const BEARER_CSRF_PREVENTION = {
  requestHeaders: ['authorization', 'x-apollo-operation-name', 'apollo-require-preflight'],
};
