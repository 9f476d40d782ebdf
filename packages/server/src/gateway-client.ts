import { CORRELATION_ID_HEADER } from '@hub/auth';
import { HubError } from '@hub/errors';

/**
 * Asks the hub gateway a question as the caller (their own token, so every agency applies its own
 * rules to the facts it hands over). Used by writes that rely on another agency's facts.
 */
export async function askGateway<T>(
  gatewayUrl: string | undefined,
  token: string,
  correlationId: string,
  query: string,
  variables: Record<string, unknown>,
): Promise<{ data: T | null; errorCodes: string[] }> {
  if (!gatewayUrl) throw new HubError('SERVICE_UNAVAILABLE', 'This subgraph is not connected to the hub gateway (GATEWAY_URL).');
  let res: Response;
  try {
    res = await fetch(gatewayUrl, {
      method: 'POST',
      headers: { 'content-type': 'application/json', authorization: `Bearer ${token}`, [CORRELATION_ID_HEADER]: correlationId },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(10_000),
    });
  } catch {
    throw new HubError('SERVICE_UNAVAILABLE', 'The hub gateway did not answer; try again.');
  }
  const body = (await res.json().catch(() => ({}))) as { data?: T | null; errors?: Array<{ extensions?: { code?: string } }> };
  return { data: body.data ?? null, errorCodes: (body.errors ?? []).map((e) => e.extensions?.code ?? 'UNKNOWN') };
}
