/**
 * `npm run schema:compose`: prints each subgraph's SDL (each in its own process) to
 * schema/<name>.graphql and composes schema/supergraph.graphql with @apollo/composition.
 * `--check` composes afresh and fails when composition fails or the committed files differ.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import { crossAgencyNonNullFields } from './nullability';

const ROOT = resolve(__dirname, '..', '..');
const SCHEMA_DIR = join(ROOT, 'schema');

/** The subgraphs, their built SDL printers, and the placeholder URL the gateway replaces from its configuration. */
const SUBGRAPHS = [
  { name: 'corrections', script: 'subgraphs/corrections/dist/sdl.js' },
  { name: 'child-protection', script: 'subgraphs/child-protection/dist/sdl.js' },
  { name: 'worksites', script: 'subgraphs/worksites/dist/sdl.js' },
];

function subgraphSdl(script: string): string {
  return execFileSync(process.execPath, [join(ROOT, script)], { encoding: 'utf8', cwd: ROOT });
}

function main(): void {
  const check = process.argv.includes('--check');
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
  const files = [
    ...services.map((s) => ({ path: join(SCHEMA_DIR, `${s.name}.graphql`), text: s.sdl })),
    { path: join(SCHEMA_DIR, 'supergraph.graphql'), text: `${result.supergraphSdl.trim()}\n` },
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
    return;
  }
  for (const f of files) writeFileSync(f.path, f.text);
  process.stdout.write(`schema: wrote ${files.map((f) => f.path.slice(ROOT.length + 1)).join(', ')}\n`);
}

main();
