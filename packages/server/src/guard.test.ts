import { buildSchema, executeSync, graphql, parse } from 'graphql';
import { allow, rule } from 'graphql-shield';
import type { Viewer } from '@hub/auth';
import { AccessRecorder } from './access-log';
import { roleRules } from './rules';
import { protectSchema } from './subgraph';

const schema = buildSchema(`
  type Query { person(id: ID): Person, people: [Person!]!, secret: String, unruled: String, odd: String }
  type Person { id: ID!, name: String, district: String }
`);
let resolved = 0;
const person = {
  id: '00000000-0000-4000-8000-000000000001',
  get name() {
    resolved += 1;
    return 'Orang Contoh';
  },
  district: '1507',
};
// Synchronous resolvers (graphql's default resolver calls these): the guard must keep them synchronous.
const rootValue = {
  person: () => person,
  people: () => [person, person],
  secret: () => 'rahasia',
  unruled: () => 'x',
  odd: () => 'y',
};

const roles = roleRules('test');
// A rule that is not a role rule: left to graphql-shield itself.
const oddRule = rule('odd', { cache: 'no_cache' })((_p, _a, ctx: { viewer: Viewer }) => ctx.viewer.userId === 'u-odd');
const protectedSchema = protectSchema(
  schema,
  {
    Query: { person: roles('PK_OFFICER'), people: roles('PK_OFFICER'), secret: roles('AUDITOR'), odd: oddRule },
    Person: { '*': roles('PK_OFFICER'), district: allow },
  },
  { Person: ['name'] },
);

function run(query: string, viewer: Partial<Viewer>) {
  const access = new AccessRecorder();
  const ctx = { viewer: { userId: 'u1', roles: [], districts: [], ...viewer } as unknown as Viewer, access };
  return { result: graphql({ schema: protectedSchema, source: query, rootValue, contextValue: ctx }), access };
}

describe('the field guard (role rules checked synchronously, others by graphql-shield)', () => {
  it('answers a role that the rule admits, and notes the personal data returned', async () => {
    const { result, access } = run('{ person(id: "00000000-0000-4000-8000-000000000001") { id name district } }', {
      roles: ['PK_OFFICER'],
    });
    expect((await result).data).toEqual({ person: { id: person.id, name: 'Orang Contoh', district: '1507' } });
    expect(access.size).toBe(1);
  });

  it('refuses another role with FORBIDDEN, and a field without a rule to everyone', async () => {
    const answer = await run('{ secret unruled }', { roles: ['PK_OFFICER'] }).result;
    expect(answer.data).toEqual({ secret: null, unruled: null });
    expect(answer.errors?.map((e) => [e.path?.join('.'), e.extensions?.['code']])).toEqual([
      ['secret', 'FORBIDDEN'],
      ['unruled', 'FORBIDDEN'],
    ]);
  });

  it('leaves a rule that is not a role rule to graphql-shield', async () => {
    expect((await run('{ odd }', { userId: 'u-odd' }).result).data).toEqual({ odd: 'y' });
    const refused = await run('{ odd }', { userId: 'u-other' }).result;
    expect(refused.errors?.[0]?.extensions?.['code']).toBe('FORBIDDEN');
  });

  it('refuses bad input before the resolver runs', async () => {
    const answer = await run('{ person(id: "not-a-uuid") { id } }', { roles: ['PK_OFFICER'] }).result;
    expect(answer.errors?.[0]?.extensions?.['code']).toBe('BAD_USER_INPUT');
  });

  it('keeps synchronous resolvers synchronous (no promise per field)', () => {
    resolved = 0;
    const viewer = { userId: 'u1', roles: ['PK_OFFICER'], districts: [] } as unknown as Viewer;
    // executeSync throws if any field of the answer became asynchronous.
    const answer = executeSync({
      schema: protectedSchema,
      document: parse('{ people { id name district } }'),
      rootValue,
      contextValue: { viewer, access: new AccessRecorder() },
    });
    expect(answer.errors).toBeUndefined();
    expect(resolved).toBe(2);
  });
});
