import { CORRELATION_ID_HEADER, SUBGRAPH_SECRET_HEADER } from '@hub/auth';

/** What a GraphQL request answered. */
export interface GraphQLResponse<T = Record<string, unknown>> {
  status: number;
  headers: Headers;
  body: {
    data?: T | null;
    errors?: Array<{ message: string; path?: Array<string | number>; extensions?: Record<string, unknown> }>;
  };
}

export interface ClientOptions {
  token?: string;
  secret?: string;
  headers?: Record<string, string>;
}

/** Posts one GraphQL operation over HTTP, as a dashboard or the gateway would. */
export async function postGraphQL<T = Record<string, unknown>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  options: ClientOptions = {},
): Promise<GraphQLResponse<T>> {
  const res = await fetch(url, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      [CORRELATION_ID_HEADER]: `test-${Math.random().toString(16).slice(2, 10)}`,
      ...(options.token ? { authorization: `Bearer ${options.token}` } : {}),
      ...(options.secret ? { [SUBGRAPH_SECRET_HEADER]: options.secret } : {}),
      ...options.headers,
    },
    body: JSON.stringify({ query, variables }),
  });
  const text = await res.text();
  let body: GraphQLResponse<T>['body'];
  try {
    body = JSON.parse(text) as GraphQLResponse<T>['body'];
  } catch {
    body = { errors: [{ message: text }] };
  }
  return { status: res.status, headers: res.headers, body };
}
