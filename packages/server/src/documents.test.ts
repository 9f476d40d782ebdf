import { canonicalDocument, documentHash, sentDocumentHash } from './documents';

const published = `
  query Caseload {
    clients(first: 50) { nodes { id district { name } } }
  }
`;

describe('the canonical text of a trusted document', () => {
  it('is the same however a client lays the document out, and with the __typename fields a client adds', () => {
    const asUrqlSends =
      'query Caseload { clients(first: 50) { nodes { id district { name __typename } __typename } __typename } }';
    expect(sentDocumentHash(asUrqlSends)).toBe(documentHash(canonicalDocument(published)));
  });

  it('differs when the document asks for anything else', () => {
    const more = 'query Caseload { clients(first: 50) { nodes { id nik district { name } } } }';
    expect(sentDocumentHash(more)).not.toBe(documentHash(canonicalDocument(published)));
  });

  it('keeps an aliased __typename, which is a field the client named itself', () => {
    expect(canonicalDocument('{ clients { kind: __typename } }')).toContain('kind: __typename');
  });

  it('has no hash for a document that does not parse', () => {
    expect(sentDocumentHash('query {')).toBeUndefined();
  });
});
