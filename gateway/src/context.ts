import type { Viewer } from '@hub/auth';

/** Per-request state at the gateway. */
export interface GatewayContext {
  token: string;
  viewer: Viewer;
  correlationId: string;
  /** The caller's Accept-Language, forwarded so each subgraph answers refusals in that language. */
  acceptLanguage: string | null;
  /** Counted for every request; sent back as headers outside production (tests assert them). */
  diagnostics: { subgraphFetches: number; sqlStatements: number };
}
