import { createHash } from 'node:crypto';
import { parse, print, visit, type DocumentNode } from 'graphql';

/**
 * The canonical text of a GraphQL document for the trusted-document manifest: parsed and printed
 * again (so layout and comments do not matter) and without `__typename` selections (which a client
 * such as urql adds to every selection set by itself; they read no data). The manifest is built with
 * it and the gateway compares with it, so the dashboards' operations match however a client prints them.
 */
export function canonicalDocument(source: string | DocumentNode): string {
  const document = typeof source === 'string' ? parse(source, { noLocation: true }) : source;
  const stripped = visit(document, {
    Field: (node) => (node.name.value === '__typename' && !node.alias ? null : undefined),
  });
  return print(stripped);
}

/** The manifest's key of a document: sha256 of its canonical text. */
export function documentHash(canonicalText: string): string {
  return createHash('sha256').update(canonicalText).digest('hex');
}

/** The canonical hash of a document as a client sent it; undefined when it does not parse. */
export function sentDocumentHash(query: string): string | undefined {
  try {
    return documentHash(canonicalDocument(query));
  } catch {
    return undefined;
  }
}
