import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { composeServices } from '@apollo/composition';
import { parse } from 'graphql';
import { checkCompatibility, formatReport, type SchemaSet } from './compatibility';
import { loadDashboardOperations, ROOT } from './documents';
import { readReleased, writeRelease } from './released';

const NAMES = ['corrections', 'child-protection', 'worksites'];
const committed = (file: string): string => readFileSync(join(ROOT, 'schema', file), 'utf8');

/** The committed schema with one subgraph's SDL edited, composed again as `schema:compose` would. */
function withSubgraph(name: string, edit: (sdl: string) => string): SchemaSet {
  const subgraphs = Object.fromEntries(NAMES.map((n) => [n, committed(`${n}.graphql`)]));
  const edited = edit(subgraphs[name]!);
  expect(edited).not.toBe(subgraphs[name]);
  subgraphs[name] = edited;
  const result = composeServices(
    NAMES.map((n) => ({ name: n, url: `http://${n}.subgraph.invalid/graphql`, typeDefs: parse(subgraphs[n]!) })),
  );
  if (result.errors) throw new Error(result.errors.map((e) => e.message).join('\n'));
  return { subgraphs, supergraph: result.supergraphSdl };
}

/** Edits the body of one type in an SDL (the first `type Name` block). */
function inType(name: string, edit: (body: string) => string): (sdl: string) => string {
  return (sdl) =>
    sdl.replace(new RegExp(`(type ${name}\\b[^{]*\\{)([^}]*)(\\})`), (_m, head, body, tail) => head + edit(body) + tail);
}

const released = (): SchemaSet => readReleased(join(ROOT, 'schema', 'released'), NAMES).set;
const operations = loadDashboardOperations(ROOT);

describe('schema:check against the released schema', () => {
  it('finds the README example operations among the dashboard documents', () => {
    expect(operations.map((o) => o.name)).toEqual(expect.arrayContaining(['CaseView', 'CorrectionsAccessLog']));
  });

  it('accepts the committed schema: it is the released one, and every dashboard operation validates', async () => {
    const fresh: SchemaSet = {
      subgraphs: Object.fromEntries(NAMES.map((n) => [n, committed(`${n}.graphql`)])),
      supergraph: committed('supergraph.graphql'),
    };
    const report = await checkCompatibility(released(), fresh, operations);
    expect(report.invalidOperations).toEqual([]);
    expect(report.changes.filter((c) => c.level === 'BREAKING')).toEqual([]);
    expect(report.ok).toBe(true);
  });

  it('fails when a subgraph removes a field a dashboard uses, and names the operation it would break', async () => {
    const fresh = withSubgraph(
      'corrections',
      inType('Client', (body) => body.replace(/\n\s*"""Bapas register number[^\n]*\n\s*registerNumber: String!/, '')),
    );
    const report = await checkCompatibility(released(), fresh, operations);
    expect(report.ok).toBe(false);
    const removed = report.changes.filter((c) => c.level === 'BREAKING' && c.path === 'Client.registerNumber');
    expect(removed.map((c) => c.where).sort()).toEqual(['corrections', 'supergraph']);
    // The README's example and the web app's pages that read the field are named.
    expect(removed.find((c) => c.where === 'supergraph')!.operations).toEqual(
      expect.arrayContaining([
        'CaseView (schema/operations/case-view.graphql)',
        'Caseload (packages/web/src/pages/Caseload.tsx)',
      ]),
    );
    expect(report.invalidOperations.map((p) => p.operation)).toEqual(
      expect.arrayContaining(['CaseView', 'Caseload', 'ClientView']),
    );
    const text = formatReport(report);
    expect(text).toContain("Field 'registerNumber' was removed from object type 'Client'");
    expect(text).toContain('would break dashboard operation CaseView (schema/operations/case-view.graphql)');
  });

  it('names the operation even when it still validates (a field changes its type)', async () => {
    const fresh = withSubgraph(
      'corrections',
      inType('Officer', (body) => body.replace(/\bname: String!/, 'name: Int!')),
    );
    const report = await checkCompatibility(released(), fresh, operations);
    expect(report.ok).toBe(false);
    expect(report.invalidOperations).toEqual([]);
    const changed = report.changes.find((c) => c.where === 'supergraph' && c.path === 'Officer.name')!;
    expect(changed.level).toBe('BREAKING');
    expect(changed.operations).toEqual(
      expect.arrayContaining([
        'CaseView (schema/operations/case-view.graphql)',
        'ClientView (packages/web/src/pages/ClientPage.tsx)',
      ]),
    );
  });

  it('lets an agency add a nullable field and deprecate an old one', async () => {
    const fresh = withSubgraph(
      'corrections',
      inType('Officer', (body) =>
        body
          .replace(/\boffice: String!/, 'office: String! @deprecated(reason: "Use officeName.")')
          .concat('  """The office\'s name."""\n  officeName: String\n'),
      ),
    );
    const report = await checkCompatibility(released(), fresh, operations);
    expect(report.changes.map((c) => c.level)).not.toContain('BREAKING');
    expect(report.changes.some((c) => c.path === 'Officer.officeName')).toBe(true);
    expect(report.ok).toBe(true);
  });

  it('fails when a dashboard operation asks for a field the supergraph does not have', async () => {
    const broken = loadDashboardOperations(ROOT, ['schema/operations']).map((op) =>
      op.name === 'CaseView' ? { ...op, document: parse(op.source.replace('totalCount', 'totalCount numberOfPages')) } : op,
    );
    const report = await checkCompatibility(released(), released(), broken);
    expect(report.ok).toBe(false);
    expect(report.invalidOperations[0]).toMatchObject({ operation: 'CaseView', file: 'schema/operations/case-view.graphql' });
  });
});

describe('the released snapshot', () => {
  const set: SchemaSet = { subgraphs: { corrections: 'type Query { a: Int }\n' }, supergraph: 'type Query { a: Int }\n' };

  it('moves only with a note', () => {
    const dir = mkdtempSync(join(tmpdir(), 'hub-schema-'));
    expect(() => writeRelease(dir, set, '')).toThrow(/note/);
    writeRelease(dir, set, 'First release of the test schema');
    expect(readReleased(dir, ['corrections']).last.note).toBe('First release of the test schema');
  });

  it('refuses a snapshot edited by hand, without a release note', () => {
    const dir = mkdtempSync(join(tmpdir(), 'hub-schema-'));
    writeRelease(dir, set, 'First release of the test schema');
    writeFileSync(join(dir, 'corrections.graphql'), 'type Query { a: Int b: Int }\n');
    expect(() => readReleased(dir, ['corrections'])).toThrow(/without a release note.*corrections\.graphql/);
  });
});
