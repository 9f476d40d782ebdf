/**
 * The GraphQL documents the dashboards send: every `.graphql` file under the web app's sources and
 * under schema/operations (the README's examples). They are checked against each new supergraph and
 * compiled into the gateway's trusted-document manifest.
 */
import { createHash } from 'node:crypto';
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

/**
 * Reads and parses every dashboard document. An operation must be named: the name is what an
 * operator sees in metrics and what a failed check reports.
 */
export function loadDashboardOperations(root = ROOT, roots = DASHBOARD_DOCUMENT_ROOTS): DashboardOperation[] {
  const operations: DashboardOperation[] = [];
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
 * The trusted-document manifest: sha256 of each dashboard document's exact text → the text. A
 * dashboard sends either the text or only its hash (`extensions.persistedQuery.sha256Hash`).
 */
export function trustedDocumentManifest(operations: DashboardOperation[]): Record<string, string> {
  const manifest: Record<string, string> = {};
  for (const op of operations) manifest[createHash('sha256').update(op.source).digest('hex')] = op.source;
  return Object.fromEntries(Object.entries(manifest).sort(([a], [b]) => a.localeCompare(b)));
}
