/**
 * The GraphQL documents the dashboards send: the web app's operations (written in its pages and
 * collected by GraphQL Code Generator into packages/web/src/gql/gql.ts), every `.graphql` file under
 * the web app's sources and under schema/operations (the README's examples). They are checked against each new supergraph and
 * compiled into the gateway's trusted-document manifest.
 */
import { canonicalDocument, documentHash, GATEWAY_OPERATIONS } from '@hub/server';
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { Kind, parse, type DocumentNode, type OperationDefinitionNode } from 'graphql';

/** The repository root (this file is compiled to schema/dist). */
export const ROOT = resolve(__dirname, '..', '..');

/** Folders searched, recursively, for dashboard documents (`*.graphql`). */
export const DASHBOARD_DOCUMENT_ROOTS = ['packages/web/src', 'schema/operations'];

/** One operation of a dashboard document, named for error messages by its name and file. */
export interface DashboardOperation {
  name: string;
  file: string;
  /** The whole document the operation is in (with its fragments). */
  document: DocumentNode;
  source: string;
}

function graphqlFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .flatMap((entry) => {
      const path = join(dir, entry);
      if (statSync(path).isDirectory()) return entry === 'node_modules' || entry === 'dist' ? [] : graphqlFiles(path);
      return entry.endsWith('.graphql') ? [path] : [];
    });
}

/** The generated map of the web app's documents: each key is a document's source text, as a JSON string. */
export const WEB_APP_DOCUMENTS = 'packages/web/src/gql/gql.ts';

/** The web app's operations, read from the generated map, each named by the page that defines it. */
function webAppOperations(root: string): DashboardOperation[] {
  const generated = join(root, WEB_APP_DOCUMENTS);
  if (!existsSync(generated)) return [];
  const sources = new Set<string>();
  for (const match of readFileSync(generated, 'utf8').matchAll(/^\s+("(?:[^"\\]|\\.)*"): (?:typeof )?types\.\w+,?$/gm)) {
    sources.add(JSON.parse(match[1]!) as string);
  }
  const pages = tsxFiles(join(root, 'packages/web/src')).map((file) => ({ file, text: readFileSync(file, 'utf8') }));
  return [...sources].flatMap((source) => {
    const document = parse(source);
    return document.definitions
      .filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION)
      .map((op) => {
        const name = op.name?.value ?? '';
        const page = pages.find((p) => new RegExp(`\\b${op.operation} ${name}\\b`).test(p.text));
        return { name, file: relative(root, page?.file ?? generated), document, source };
      });
  });
}

/** What the subgraphs ask the gateway as the caller (packages/server/src/gateway-operations.ts). */
function subgraphGatewayOperations(): DashboardOperation[] {
  return Object.entries(GATEWAY_OPERATIONS).map(([name, source]) => ({
    name,
    file: 'packages/server/src/gateway-operations.ts',
    document: parse(source),
    source,
  }));
}

function tsxFiles(dir: string): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir)
    .sort()
    .flatMap((entry) => {
      const path = join(dir, entry);
      if (statSync(path).isDirectory()) return entry === 'gql' ? [] : tsxFiles(path);
      return entry.endsWith('.tsx') || entry.endsWith('.ts') ? [path] : [];
    });
}

/**
 * Reads and parses every dashboard document. An operation must be named: the name is what an
 * operator sees in metrics and what a failed check reports.
 */
export function loadDashboardOperations(root = ROOT, roots = DASHBOARD_DOCUMENT_ROOTS): DashboardOperation[] {
  const operations: DashboardOperation[] = roots.includes('packages/web/src')
    ? [...webAppOperations(root), ...subgraphGatewayOperations()]
    : [];
  for (const file of roots.flatMap((r) => graphqlFiles(join(root, r)))) {
    const source = readFileSync(file, 'utf8');
    const document = parse(source, { noLocation: false });
    const shown = relative(root, file);
    const ops = document.definitions.filter((d): d is OperationDefinitionNode => d.kind === Kind.OPERATION_DEFINITION);
    for (const op of ops) {
      if (!op.name) throw new Error(`${shown}: every dashboard operation needs a name`);
      operations.push({ name: op.name.value, file: shown, document, source });
    }
  }
  const seen = new Map<string, string>();
  for (const op of operations) {
    const other = seen.get(op.name);
    if (other) throw new Error(`operation ${op.name} is defined twice (${other} and ${op.file}); names must be unique`);
    seen.set(op.name, op.file);
  }
  return operations;
}

/**
 * The trusted-document manifest: sha256 of each dashboard document's canonical text (@hub/server,
 * `canonicalDocument`) → that text. A dashboard sends either the text, however its client prints it,
 * or only the hash (`extensions.persistedQuery.sha256Hash`).
 */
export function trustedDocumentManifest(operations: DashboardOperation[]): Record<string, string> {
  const manifest: Record<string, string> = {};
  for (const op of operations) {
    const text = canonicalDocument(op.document);
    manifest[documentHash(text)] = text;
  }
  return Object.fromEntries(Object.entries(manifest).sort(([a], [b]) => a.localeCompare(b)));
}
