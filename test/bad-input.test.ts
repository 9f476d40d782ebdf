/**
 * Bad input is never a crash: generated bad values go into every argument (and every input field) of
 * every query and mutation of the gateway's schema; each answer must be BAD_USER_INPUT, carry no
 * personal data, and leave every table as it was.
 */
import fc from 'fast-check';
import {
  buildClientSchema,
  getIntrospectionQuery,
  getNamedType,
  getNullableType,
  isEnumType,
  isInputObjectType,
  isListType,
  isNonNullType,
  isScalarType,
  type GraphQLField,
  type GraphQLInputType,
  type GraphQLSchema,
  type IntrospectionQuery,
} from 'graphql';
import { Client } from 'pg';
import { SUBGRAPH_NAMES } from '@hub/config';
import { postGraphQL } from '@hub/testing';
import { startTestHub, type TestHub } from './hub';

let t: TestHub;
let schema: GraphQLSchema;
const tokens: Record<string, string> = {};
const USERS = ['head.bapas', 'cm.tjb', 'prosecutor.tjb', 'auditor'];

beforeAll(async () => {
  t = await startTestHub();
  for (const u of USERS) tokens[u] = await t.tokenFor(u);
  const res = await postGraphQL<IntrospectionQuery>(
    t.hub.gatewayUrl,
    getIntrospectionQuery(),
    {},
    { token: tokens['head.bapas'] },
  );
  schema = buildClientSchema(res.body.data!);
});
afterAll(async () => {
  await t?.stop();
});

/** A value of the right shape: what the rest of the arguments get while one leaf is bad. */
function validValue(type: GraphQLInputType, depth = 0): unknown {
  const inner = getNullableType(type);
  if (isListType(inner)) return [validValue(inner.ofType, depth + 1)];
  if (isEnumType(inner)) return inner.getValues()[0]!.value;
  if (isInputObjectType(inner)) {
    const out: Record<string, unknown> = {};
    for (const f of Object.values(inner.getFields())) {
      if (isNonNullType(f.type) && f.defaultValue === undefined) out[f.name] = validValue(f.type, depth + 1);
    }
    return out;
  }
  switch (isScalarType(inner) ? inner.name : '') {
    case 'ID':
      return '6f1c2a9e-8b1d-4c3e-9a5f-2d7e8c1b0a93';
    case 'Int':
      return 1;
    case 'Float':
      return 1;
    case 'Boolean':
      return true;
    case 'Date':
      return '2026-11-20';
    case 'DateTime':
      return '2026-11-20T00:00:00Z';
    default:
      return 'x';
  }
}

/** Every leaf an argument can reach: [argument, ...input field names], with the leaf's type. */
interface Target {
  operation: 'query' | 'mutation';
  field: GraphQLField<unknown, unknown>;
  path: string[];
  leaf: GraphQLInputType;
}

function leaves(type: GraphQLInputType, path: string[], depth: number, out: Array<{ path: string[]; leaf: GraphQLInputType }>) {
  const named = getNamedType(type);
  if (isInputObjectType(named)) {
    if (depth > 3) return;
    for (const f of Object.values(named.getFields())) leaves(f.type, [...path, f.name], depth + 1, out);
  } else {
    out.push({ path, leaf: named as GraphQLInputType });
  }
}

function targets(): Target[] {
  const all: Target[] = [];
  for (const [operation, root] of [
    ['query', schema.getQueryType()],
    ['mutation', schema.getMutationType()],
  ] as const) {
    for (const field of Object.values(root?.getFields() ?? {})) {
      if (field.name.startsWith('_')) continue;
      for (const arg of field.args) {
        const found: Array<{ path: string[]; leaf: GraphQLInputType }> = [];
        leaves(arg.type, [arg.name], 0, found);
        for (const l of found) all.push({ operation, field, ...l });
      }
    }
  }
  return all;
}

const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const CONTROL_CHARS = ['\u0000', '\u0007', '\u001b', '\u007f', '\u0085', '\u000b'];

/** Bad values for a leaf of this type: wrong shape, out of range, overlong, control characters, impossible dates. */
function badValues(leaf: GraphQLInputType): fc.Arbitrary<unknown> {
  const named = getNamedType(leaf);
  const overlong = fc.string({ minLength: 1, maxLength: 3 }).map((s) => `${s}${'a'.repeat(4_100)}`);
  const control = fc
    .tuple(fc.string({ maxLength: 8 }), fc.constantFrom(...CONTROL_CHARS), fc.string({ maxLength: 8 }))
    .map(([a, c, b]) => `${a}${c}${b}`);
  const wrongType = fc.constantFrom<unknown>({ a: 1 }, [[1]], true);
  if (isEnumType(named)) return fc.oneof(fc.constantFrom('NOT_A_VALUE', '', 'a b'), wrongType);
  switch (named.name) {
    case 'ID':
      return fc.oneof(
        fc.string({ maxLength: 40 }).filter((s) => !UUID.test(s)),
        fc.constantFrom('x', "1' or '1'='1", '00000000-0000-0000-0000-00000000000g', '-1'),
        overlong,
        control,
      );
    case 'Int':
      return fc.oneof(fc.constantFrom(2 ** 31, -(2 ** 31) - 1, 1e15, 1.5, 'ten'), wrongType);
    case 'Float':
      return fc.oneof(fc.double({ min: 1e10, max: 1e300, noNaN: true }), fc.constantFrom(-1e300, 'ten'), wrongType);
    case 'Boolean':
      return fc.constantFrom<unknown>('yes', 1, 'true');
    case 'Date':
      return fc.constantFrom('2026-02-30', '2025-02-29', '2026-13-01', '0000-00-00', '20261120', '2026-1-1', 'tomorrow', '');
    case 'DateTime':
      return fc.constantFrom('2026-02-30T10:00:00Z', '2026-11-27T09:00:00', 'yesterday', '', '2026-11-27T25:00:00Z');
    default:
      return fc.oneof(overlong, control, wrongType);
  }
}

function setAt(target: Record<string, unknown>, path: string[], type: GraphQLInputType, value: unknown): void {
  const [head, ...rest] = path;
  if (rest.length === 0) {
    target[head!] = value;
    return;
  }
  const named = getNamedType(type);
  if (!isInputObjectType(named)) return;
  const fieldType = named.getFields()[rest[0]!]!.type;
  const inner = getNullableType(type);
  const object = (validValue(named) ?? {}) as Record<string, unknown>;
  setAt(object, rest, fieldType, value);
  target[head!] = isListType(inner) ? [object] : object;
}

function operationFor(target: Target, bad: unknown): { query: string; variables: Record<string, unknown> } {
  const variables: Record<string, unknown> = {};
  for (const arg of target.field.args) {
    if (isNonNullType(arg.type) && arg.defaultValue === undefined) variables[arg.name] = validValue(arg.type);
  }
  const argType = target.field.args.find((a) => a.name === target.path[0])!.type;
  setAt(variables, target.path, argType, bad);
  const declared = target.field.args.filter((a) => a.name in variables);
  const decl = declared.map((a) => `$${a.name}: ${String(a.type)}`).join(', ');
  const passed = declared.map((a) => `${a.name}: $${a.name}`).join(', ');
  const returns = getNamedType(target.field.type);
  const selection = isScalarType(returns) || isEnumType(returns) ? '' : ' { __typename }';
  return {
    query: `${target.operation} Probe${decl ? `(${decl})` : ''} { ${target.field.name}${passed ? `(${passed})` : ''}${selection} }`,
    variables,
  };
}

/** A fingerprint of every row the hub stores, except the access log (reads are recorded there by design). */
async function fingerprint(): Promise<string> {
  const parts: string[] = [];
  for (const name of SUBGRAPH_NAMES) {
    const db = new Client({ connectionString: t.hub.databaseUrls[name] });
    await db.connect();
    try {
      const tables = await db.query<{ table_name: string }>(
        `select table_name from information_schema.tables where table_schema = 'public' and table_type = 'BASE TABLE'
           and table_name not in ('access_log', 'mikro_orm_migrations') order by table_name`,
      );
      for (const { table_name } of tables.rows) {
        const r = await db.query<{ n: string; h: string | null }>(
          `select count(*)::text as n, md5(string_agg(t::text, '|' order by t::text)) as h from "${table_name}" t`,
        );
        parts.push(`${name}.${table_name}:${r.rows[0]!.n}:${r.rows[0]!.h}`);
      }
    } finally {
      await db.end();
    }
  }
  return parts.join('\n');
}

describe('bad input through the gateway', () => {
  it('walks a schema with arguments to probe', () => {
    const all = targets();
    expect(all.filter((x) => x.operation === 'mutation').length).toBeGreaterThan(20);
    expect(all.filter((x) => x.operation === 'query').length).toBeGreaterThan(20);
  });

  it('answers BAD_USER_INPUT for a generated bad value in any argument, with no personal data and no row changed', async () => {
    const all = targets();
    const before = await fingerprint();
    const personal = [...t.world.clients.flatMap((c) => [c.fullName, c.nik])].filter((s) => s.length > 5);
    await fc.assert(
      fc.asyncProperty(
        fc
          .constantFrom(...all)
          .chain((target) => fc.tuple(fc.constant(target), badValues(target.leaf), fc.constantFrom(...USERS))),
        async ([target, bad, user]) => {
          const { query, variables } = operationFor(target, bad);
          const res = await postGraphQL(t.hub.gatewayUrl, query, variables, { token: tokens[user]! });
          const text = JSON.stringify(res.body.errors ?? []);
          const codes = (res.body.errors ?? []).map((e) => e.extensions?.['code']);
          const refused = codes.length > 0 && codes.every((c) => c === 'BAD_USER_INPUT' || c === 'GRAPHQL_VALIDATION_FAILED');
          expect({ query, status: res.status, refused, codes }).toEqual({ query, status: res.status, refused: true, codes });
          expect(res.status).toBeLessThan(500);
          for (const p of personal) expect(text).not.toContain(p);
        },
      ),
      { numRuns: 400, seed: 20261129, endOnFailure: true },
    );
    // And every operation at least once, so no argument is left out by chance.
    for (const target of all) {
      const bad = fc.sample(badValues(target.leaf), { numRuns: 1, seed: 7 })[0];
      const { query, variables } = operationFor(target, bad);
      const res = await postGraphQL(t.hub.gatewayUrl, query, variables, { token: tokens['head.bapas']! });
      const codes = (res.body.errors ?? []).map((e) => e.extensions?.['code']);
      expect({ query, codes }).toEqual({ query, codes: expect.arrayContaining(['BAD_USER_INPUT']) });
      expect(codes).not.toContain('INTERNAL_SERVER_ERROR');
    }
    expect(await fingerprint()).toBe(before);
  });

  it('names the field and its limit', async () => {
    const res = await postGraphQL(
      t.hub.gatewayUrl,
      'query($id: ID!) { client(id: $id) { id } }',
      { id: 'x' },
      { token: tokens['head.bapas'] },
    );
    expect(res.body.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'id' });
    const long = await postGraphQL(
      t.hub.gatewayUrl,
      'mutation($input: RegisterClientInput!) { registerClient(input: $input) { __typename } }',
      { input: { ...validClientInput(), guardianName: 'G'.repeat(300) } },
      { token: tokens['head.bapas'] },
    );
    // In Bahasa Indonesia by default, in English when Accept-Language prefers it; the code and field stay.
    expect(long.body.errors?.[0]).toMatchObject({
      message: 'input.guardianName lebih panjang dari 255 karakter.',
      extensions: { code: 'BAD_USER_INPUT', field: 'input.guardianName' },
    });
    const inEnglish = await postGraphQL(
      t.hub.gatewayUrl,
      'mutation($input: RegisterClientInput!) { registerClient(input: $input) { __typename } }',
      { input: { ...validClientInput(), guardianName: 'G'.repeat(300) } },
      { token: tokens['head.bapas'], headers: { 'accept-language': 'en-GB,en;q=0.9' } },
    );
    expect(inEnglish.body.errors?.[0]).toMatchObject({
      message: 'input.guardianName is longer than 255 characters.',
      extensions: { code: 'BAD_USER_INPUT', field: 'input.guardianName' },
    });
  });
});

function validClientInput(): Record<string, unknown> {
  const type = schema.getType('RegisterClientInput');
  return validValue(type as GraphQLInputType) as Record<string, unknown>;
}
