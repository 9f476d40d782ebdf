/**
 * `npm run schema:compose`: prints each subgraph's SDL (each in its own process) to
 * schema/<name>.graphql and composes schema/supergraph.graphql with @apollo/composition.
 * `--check` composes afresh and fails when composition fails, when the committed files differ, when
 * a change breaks the released schema (schema/released/) or when a dashboard operation no longer
 * validates. `--release --note "…"` moves the released snapshot to the fresh schema, with the note.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import { crossAgencyNonNullFields } from './nullability';
import { checkCompatibility, formatReport, type SchemaSet } from './compatibility';
import { loadDashboardOperations, trustedDocumentManifest } from './documents';
import { readReleased, writeRelease } from './released';

const ROOT = resolve(__dirname, '..', '..');
const SCHEMA_DIR = join(ROOT, 'schema');
const RELEASED_DIR = join(SCHEMA_DIR, 'released');

/** The subgraphs, their built SDL printers, and the placeholder URL the gateway replaces from its configuration. */
const SUBGRAPHS = [
  { name: 'corrections', script: 'subgraphs/corrections/dist/sdl.js' },
  { name: 'child-protection', script: 'subgraphs/child-protection/dist/sdl.js' },
  { name: 'worksites', script: 'subgraphs/worksites/dist/sdl.js' },
];

function subgraphSdl(script: string): string {
  return execFileSync(process.execPath, [join(ROOT, script)], { encoding: 'utf8', cwd: ROOT });
}

function noteArgument(): string {
  const i = process.argv.indexOf('--note');
  return i >= 0 ? (process.argv[i + 1] ?? '') : '';
}

/** Breaking changes against the released schema fail, and so does a dashboard operation that no longer validates. */
async function checkAgainstReleased(fresh: SchemaSet): Promise<boolean> {
  const released = readReleased(
    RELEASED_DIR,
    SUBGRAPHS.map((s) => s.name),
  );
  const report = await checkCompatibility(released.set, fresh, loadDashboardOperations(ROOT));
  const text = formatReport(report);
  if (text) process.stderr.write(`${text}\n`);
  if (!report.ok) {
    process.stderr.write(
      'schema: the change would break clients. Keep the old field beside the new one and deprecate it (README: Changing the schema), ' +
        'or, when every dashboard has moved, release the change on purpose: npm run schema:release -- --note "what and why"\n',
    );
    return false;
  }
  process.stdout.write(
    `schema: compatible with the release of ${released.last.at} (${report.changes.length} change(s), none breaking); every dashboard operation validates.\n`,
  );
  return true;
}

async function main(): Promise<void> {
  const check = process.argv.includes('--check');
  const release = process.argv.includes('--release');
  const services = SUBGRAPHS.map((s) => ({
    name: s.name,
    url: `http://${s.name}.subgraph.invalid/graphql`,
    sdl: `${subgraphSdl(s.script).trim()}\n`,
  }));
  const result = composeServices(services.map((s) => ({ name: s.name, url: s.url, typeDefs: parse(s.sdl) })));
  if (result.errors) {
    process.stderr.write(`Composition failed:\n${result.errors.map((e) => `  - ${e.message}`).join('\n')}\n`);
    process.exit(1);
  }
  const nonNull = crossAgencyNonNullFields(services.map((s) => ({ name: s.name, document: parse(s.sdl) })));
  if (nonNull.length) {
    process.stderr.write(
      `A field one agency adds to another agency's entity must be nullable (an outage of that agency then nulls only its part):\n${nonNull
        .map((p) => `  - ${p}`)
        .join('\n')}\n`,
    );
    process.exit(1);
  }
  const fresh: SchemaSet = {
    subgraphs: Object.fromEntries(services.map((s) => [s.name, s.sdl])),
    supergraph: `${result.supergraphSdl.trim()}\n`,
  };
  const files = [
    ...services.map((s) => ({ path: join(SCHEMA_DIR, `${s.name}.graphql`), text: s.sdl })),
    { path: join(SCHEMA_DIR, 'supergraph.graphql'), text: fresh.supergraph },
    // What the gateway lets dashboard sessions run in production (gateway/src/trusted-documents.ts).
    {
      path: join(SCHEMA_DIR, 'trusted-documents.json'),
      text: `${JSON.stringify(trustedDocumentManifest(loadDashboardOperations(ROOT)), null, 2)}\n`,
    },
  ];
  if (check) {
    const stale = files.filter((f) => !existsSync(f.path) || readFileSync(f.path, 'utf8') !== f.text);
    if (stale.length) {
      process.stderr.write(
        `The committed schema differs from a fresh composition; run npm run schema:compose and commit:\n${stale
          .map((f) => `  - ${f.path.slice(ROOT.length + 1)}`)
          .join('\n')}\n`,
      );
      process.exit(1);
    }
    process.stdout.write('schema: committed SDL and supergraph match a fresh composition.\n');
    if (!(await checkAgainstReleased(fresh))) process.exit(1);
    return;
  }
  for (const f of files) writeFileSync(f.path, f.text);
  process.stdout.write(`schema: wrote ${files.map((f) => f.path.slice(ROOT.length + 1)).join(', ')}\n`);
  if (release) {
    const r = writeRelease(RELEASED_DIR, fresh, noteArgument());
    process.stdout.write(`schema: released snapshot moved (${r.at}): ${r.note}\n`);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`schema: ${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
