import { createRemoteJWKSet, jwtVerify, SignJWT, type JWTVerifyGetKey } from 'jose';
import type { AuthSettings } from '@hub/config';
import { UnauthenticatedError } from '@hub/errors';
import { timingSafeEqual, createHash } from 'node:crypto';
import { viewerFromClaims, type HubClaims, type Viewer } from './viewer';

/** Verifies bearer tokens and turns them into viewers. */
export interface TokenVerifier {
  verify(token: string): Promise<Viewer>;
}

/** A verifier for HS256 tokens (demo secret) or RS/ES tokens from a JWKS URL (production). */
export function createTokenVerifier(settings: AuthSettings): TokenVerifier {
  const key: Uint8Array | JWTVerifyGetKey = settings.jwksUrl
    ? createRemoteJWKSet(new URL(settings.jwksUrl))
    : new TextEncoder().encode(settings.hs256Secret ?? '');
  const algorithms = settings.jwksUrl ? ['RS256', 'ES256', 'PS256'] : ['HS256'];
  return {
    async verify(token: string): Promise<Viewer> {
      try {
        const { payload } = await jwtVerify(token, key as Uint8Array, {
          issuer: settings.issuer,
          audience: settings.audience,
          algorithms,
          requiredClaims: ['exp', 'sub'],
        });
        return viewerFromClaims(payload as Record<string, unknown>);
      } catch {
        // The reason (expired, bad signature, bad audience) is not echoed: it helps an attacker more than a user.
        throw new UnauthenticatedError('The bearer token is invalid or expired.');
      }
    },
  };
}

/** Mints an HS256 token (demo and tests only; production tokens come from the identity provider). */
export async function mintToken(
  claims: HubClaims,
  settings: { secret: string; issuer: string; audience: string; expiresIn?: string },
): Promise<string> {
  return new SignJWT({ ...claims })
    .setProtectedHeader({ alg: 'HS256', typ: 'JWT' })
    .setSubject(claims.sub)
    .setIssuer(settings.issuer)
    .setAudience(settings.audience)
    .setIssuedAt()
    .setExpirationTime(settings.expiresIn ?? '12h')
    .sign(new TextEncoder().encode(settings.secret));
}

/** The token of an `Authorization: Bearer …` header, if there is one. */
export function bearerToken(header: string | undefined | null): string | undefined {
  if (!header) return undefined;
  const match = /^Bearer\s+(\S+)$/i.exec(header.trim());
  return match ? match[1] : undefined;
}

/** Compares two secrets in constant time. */
export function secretsEqual(given: string | undefined | null, expected: string): boolean {
  if (!given) return false;
  const a = createHash('sha256').update(given).digest();
  const b = createHash('sha256').update(expected).digest();
  return timingSafeEqual(a, b);
}

/** The header that carries a subgraph's shared secret from the gateway. */
export const SUBGRAPH_SECRET_HEADER = 'x-hub-subgraph-secret';
/** The header that carries the request's correlation id across the hub. */
export const CORRELATION_ID_HEADER = 'x-correlation-id';
