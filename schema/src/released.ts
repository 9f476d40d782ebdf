/**
 * The last released schema: a copy of each subgraph's SDL and of the supergraph under
 * schema/released/, and a log of releases (`releases.json`) in which every move of the snapshot has
 * a note and the checksums of the files it released. Dashboards are built against this snapshot.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { SchemaSet } from './compatibility';

export interface Release {
  /** When the snapshot was moved (ISO 8601). */
  at: string;
  /** Why: what changed, and for a breaking change who agreed and how the dashboards were moved. */
  note: string;
  /** sha256 of each released file, so a snapshot edited by hand (without a note) is caught. */
  files: Record<string, string>;
}

const sha256 = (text: string): string => createHash('sha256').update(text).digest('hex');

function fileNames(set: SchemaSet): Record<string, string> {
  return {
    ...Object.fromEntries(Object.entries(set.subgraphs).map(([name, sdl]) => [`${name}.graphql`, sdl])),
    'supergraph.graphql': set.supergraph,
  };
}

/** Reads the released snapshot and checks that it is the one the last release note describes. */
export function readReleased(dir: string, subgraphNames: string[]): { set: SchemaSet; last: Release } {
  const logPath = join(dir, 'releases.json');
  if (!existsSync(logPath)) {
    throw new Error(`no released schema in ${dir}; run npm run schema:release -- --note "First release"`);
  }
  const releases = JSON.parse(readFileSync(logPath, 'utf8')) as Release[];
  const last = releases[releases.length - 1];
  if (!last) throw new Error(`${logPath} lists no release`);
  const read = (file: string): string => {
    const path = join(dir, file);
    if (!existsSync(path)) throw new Error(`the released snapshot has no ${file}`);
    return readFileSync(path, 'utf8');
  };
  const set: SchemaSet = {
    subgraphs: Object.fromEntries(
      subgraphNames.filter((n) => existsSync(join(dir, `${n}.graphql`))).map((n) => [n, read(`${n}.graphql`)]),
    ),
    supergraph: read('supergraph.graphql'),
  };
  const files = fileNames(set);
  const moved = Object.keys({ ...files, ...last.files }).filter((f) => !files[f] || sha256(files[f]) !== last.files[f]);
  if (moved.length) {
    throw new Error(
      `schema/released/ was changed without a release note (${moved.join(', ')}); move it only with npm run schema:release -- --note "…"`,
    );
  }
  return { set, last };
}

/** Moves the released snapshot to the given schema and records the note. */
export function writeRelease(dir: string, set: SchemaSet, note: string, at = new Date()): Release {
  if (note.trim().length < 10) throw new Error('a release needs a note of at least 10 characters: what changed and why');
  mkdirSync(dir, { recursive: true });
  const files = fileNames(set);
  for (const [file, text] of Object.entries(files)) writeFileSync(join(dir, file), text);
  const logPath = join(dir, 'releases.json');
  const releases = existsSync(logPath) ? (JSON.parse(readFileSync(logPath, 'utf8')) as Release[]) : [];
  const release: Release = {
    at: at.toISOString(),
    note: note.trim(),
    files: Object.fromEntries(Object.entries(files).map(([f, text]) => [f, sha256(text)])),
  };
  releases.push(release);
  writeFileSync(logPath, `${JSON.stringify(releases, null, 2)}\n`);
  return release;
}
