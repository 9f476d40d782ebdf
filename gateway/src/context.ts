import type { Viewer } from '@hub/auth';

/** Per-request state at the gateway. */
export interface GatewayContext {
  token: string;
  viewer: Viewer;
  /** The hub's own id for this request (always generated here). */
  correlationId: string;
  /** The caller's x-correlation-id, sanitised and bounded; kept apart in the access log. */
  callerCorrelationId: string | null;
  /** The caller's Accept-Language, forwarded so each subgraph answers refusals in that language. */
  acceptLanguage: string | null;
  /** Counted for every request; sent back as headers outside production (tests assert them). */
  diagnostics: { subgraphFetches: number; sqlStatements: number };
  /** Aborts when the caller goes away before the answer (its connection closed): its subgraph fetches stop. */
  signal?: AbortSignal;
}
