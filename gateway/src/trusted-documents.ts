import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Viewer } from '@hub/auth';
import { sentDocumentHash, type GraphQLRequestFields, type HttpRefusal } from '@hub/server';

/** Roles whose work is exploring the data (aggregates, the access log): they may send their own documents. */
export const EXPLORING_ROLES = ['ANALYST', 'AUDITOR'] as const;

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

/** The manifest built by `npm run schema:compose` from the dashboards' documents: hash → document. */
export function loadTrustedDocuments(path: string): Map<string, string> {
  const manifest = JSON.parse(readFileSync(path, 'utf8')) as Record<string, string>;
  for (const [hash, text] of Object.entries(manifest)) {
    if (sha256(text) !== hash) throw new Error(`trusted documents: the entry ${hash.slice(0, 12)}… does not match its document`);
  }
  return new Map(Object.entries(manifest));
}

function persistedHash(extensions: unknown): string | undefined {
  const pq = (extensions as { persistedQuery?: { sha256Hash?: unknown } } | undefined)?.persistedQuery;
  return typeof pq?.sha256Hash === 'string' ? pq.sha256Hash : undefined;
}

/**
 * Trusted documents at the gateway. A request may name a manifest document by its hash alone
 * (`extensions.persistedQuery.sha256Hash`); the document is filled in. When `enforce` is on
 * (production), a dashboard session runs only manifest documents; a role allowed to explore
 * (analyst, auditor) may also send its own, which still pass every query limit.
 */
export function trustedDocumentsGate(manifest: Map<string, string>, enforce: boolean) {
  return (request: GraphQLRequestFields, viewer: Viewer): HttpRefusal | undefined => {
    const hash = persistedHash(request.extensions);
    if (hash && typeof request.query !== 'string') {
      const document = manifest.get(hash);
      if (!document) return { status: 400, code: 'PERSISTED_QUERY_NOT_FOUND', message: 'No published operation has this hash.' };
      request.query = document;
    }
    if (hash) {
      // The hub does not cache documents sent by hash (Apollo's automatic persisted queries): the manifest is the list.
      const { persistedQuery: _ignored, ...rest } = request.extensions as Record<string, unknown>;
      if (Object.keys(rest).length) request.extensions = rest;
      else delete request.extensions;
    }
    if (!enforce || typeof request.query !== 'string') return undefined;
    const sent = sentDocumentHash(request.query);
    if (sent && manifest.has(sent)) return undefined;
    if (viewer.roles.some((r) => (EXPLORING_ROLES as readonly string[]).includes(r))) return undefined;
    return {
      status: 403,
      code: 'FORBIDDEN',
      message: 'This session may run only the published dashboard operations (trusted documents).',
    };
  };
}
