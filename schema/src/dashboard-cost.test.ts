import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Supergraph } from '@apollo/federation-internals';
import { Kind, type DocumentNode, type OperationDefinitionNode } from 'graphql';
import { COST_MODEL, operationCost } from '@hub/server';
import { loadDashboardOperations, ROOT } from './documents';

// The dashboards' own operations must fit the query limits the gateway enforces: a page that the
// gateway refuses is a broken page. Cost with the variables left out (default page sizes).
const supergraph = readFileSync(join(__dirname, '..', 'supergraph.graphql'), 'utf8');
const schema = Supergraph.build(supergraph).apiSchema().toGraphQLJSSchema();
// The web app's generated documents (GraphQL Code Generator); loaded by path, the web app being its own build.
const generated = join(__dirname, '..', '..', 'packages', 'web', 'src', 'gql', 'graphql.ts');

it('every operation of the dashboards fits the cost limit', async () => {
  const documents = (await import(generated)) as Record<string, unknown>;
  const operations = Object.entries(documents).filter(
    (entry): entry is [string, DocumentNode] =>
      entry[0].endsWith('Document') && typeof entry[1] === 'object' && (entry[1] as DocumentNode).kind === Kind.DOCUMENT,
  );
  expect(operations.length).toBeGreaterThan(10);
  const tooCostly = operations.flatMap(([name, document]) =>
    document.definitions
      .filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)
      .map((op) => ({ name, cost: operationCost(schema, document, op, {}) }))
      .filter(({ cost }) => cost > COST_MODEL.maxCost),
  );
  expect(tooCostly).toEqual([]);
});

it('every operation a subgraph sends to the gateway as the caller is a trusted document', () => {
  const manifest = JSON.parse(readFileSync(join(__dirname, '..', 'trusted-documents.json'), 'utf8')) as Record<string, string>;
  const published = new Set(
    Object.values(manifest).flatMap((text) => [...text.matchAll(/^(?:query|mutation) (\w+)/gm)].map((m) => m[1])),
  );
  for (const name of ['PlacementOrderFacts', 'ActivateOrder', 'ReferralFacts', 'CloseDeclinedReferral'])
    expect(published).toContain(name);
});

it('every operation of the web app is a trusted document (in the manifest the production gateway enforces)', () => {
  const manifest = JSON.parse(readFileSync(join(__dirname, '..', 'trusted-documents.json'), 'utf8')) as Record<string, string>;
  const published = new Set(
    Object.values(manifest).flatMap((text) => [...text.matchAll(/^(?:query|mutation) (\w+)/gm)].map((m) => m[1])),
  );
  const web = loadDashboardOperations(ROOT, ['packages/web/src']).map((op) => op.name);
  expect(web).toEqual(expect.arrayContaining(['Caseload', 'ClientView', 'ReferClient', 'PlaceOrder', 'ProsecutorOrders']));
  expect(web.filter((name) => !published.has(name))).toEqual([]);
});
