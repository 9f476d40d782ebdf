import {
  Kind,
  parse,
  type GraphQLResolveInfo,
  type OperationDefinitionNode,
  type FieldNode,
  type FragmentDefinitionNode,
} from 'graphql';
import {
  decodeKeysetCursor,
  encodeKeysetCursor,
  isTimestampIdKey,
  keysetCondition,
  keysetWindow,
  selectsField,
  toKeysetConnection,
} from './keyset';

/** The resolve info of the first root field of a query, as far as selectsField reads it. */
function infoOf(query: string): GraphQLResolveInfo {
  const doc = parse(query);
  const op = doc.definitions.find((d) => d.kind === Kind.OPERATION_DEFINITION) as OperationDefinitionNode;
  const fragments = Object.fromEntries(
    doc.definitions.filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION).map((f) => [f.name.value, f]),
  );
  return { fieldNodes: [op.selectionSet.selections[0] as FieldNode], fragments } as unknown as GraphQLResolveInfo;
}

describe('keyset paging', () => {
  it('round-trips the sort key and its tie-breaker through an opaque cursor', () => {
    const cursor = encodeKeysetCursor(['BAPAS-JMB-2026-0001', '6f1c']);
    expect(cursor).not.toContain('BAPAS');
    expect(decodeKeysetCursor(cursor, 2)).toEqual(['BAPAS-JMB-2026-0001', '6f1c']);
    expect(keysetWindow(10, cursor, 2)).toEqual({ limit: 10, after: ['BAPAS-JMB-2026-0001', '6f1c'] });
  });

  it('refuses an offset cursor, a cursor for another list and a forged one, naming the argument', () => {
    const offsetCursor = Buffer.from('o:41').toString('base64url');
    expect(() => keysetWindow(10, offsetCursor, 2)).toThrow(/after/);
    expect(() => keysetWindow(10, encodeKeysetCursor(['x']), 2)).toThrow(/after/);
    expect(() => keysetWindow(10, Buffer.from('k1:[{"a":1},"x"]').toString('base64url'), 2)).toThrow(/after/);
    expect(() => keysetWindow(0, null, 2)).toThrow(/first/);
    expect(() => keysetWindow(101, null, 2)).toThrow(/first/);
  });

  it('seeks with a row comparison in the direction of the sort', () => {
    expect(keysetCondition(['c.register_number', 'c.id'], ['A', 'b'])).toEqual({
      sql: '(c.register_number, c.id) > (?, ?)',
      params: ['A', 'b'],
    });
    expect(keysetCondition(['r.sent_at', 'r.id'], ['t', 'i'], 'desc').sql).toBe('(r.sent_at, r.id) < (?, ?)');
  });

  it('uses the extra row only to say that another page follows', () => {
    const page = toKeysetConnection(['a', 'b', 'c'], 2, (x) => [x], false, null);
    expect(page.nodes).toEqual(['a', 'b']);
    expect(page.pageInfo.hasNextPage).toBe(true);
    expect(decodeKeysetCursor(page.pageInfo.endCursor!, 1)).toEqual(['b']);
    expect(toKeysetConnection(['c'], 2, (x) => [x], true, 3).pageInfo).toMatchObject({
      hasNextPage: false,
      hasPreviousPage: true,
    });
  });

  it('sees totalCount through aliases and fragments, and not when it is left out', () => {
    expect(selectsField(infoOf('{ clients { totalCount } }'), 'totalCount')).toBe(true);
    expect(selectsField(infoOf('{ clients { n: totalCount } }'), 'totalCount')).toBe(true);
    expect(selectsField(infoOf('{ clients { ... on ClientConnection { totalCount } } }'), 'totalCount')).toBe(true);
    expect(selectsField(infoOf('{ clients { ...F } } fragment F on ClientConnection { totalCount }'), 'totalCount')).toBe(true);
    expect(selectsField(infoOf('{ clients { nodes { id } pageInfo { endCursor } } }'), 'totalCount')).toBe(false);
  });
});

describe('keyset cursors checked for their kind', () => {
  it("refuses another list's cursor of the same arity when the values are not a timestamp and an id", () => {
    const mine = encodeKeysetCursor(['2026-11-20T03:00:00.000Z', '6f1c2a3b-1111-4222-8333-444455556666']);
    const clients = encodeKeysetCursor(['BAPAS-JMB-2026-0001', '6f1c2a3b-1111-4222-8333-444455556666']);
    expect(keysetWindow(2, mine, 2, isTimestampIdKey).after).toEqual([
      '2026-11-20T03:00:00.000Z',
      '6f1c2a3b-1111-4222-8333-444455556666',
    ]);
    expect(() => keysetWindow(2, clients, 2, isTimestampIdKey)).toThrow(/not one this hub issued/);
    expect(() => keysetWindow(2, encodeKeysetCursor(['2026-13-45T99:00:00Z', 'x']), 2, isTimestampIdKey)).toThrow(/after/);
    // Without a check, the arity is all that is verified (as before).
    expect(keysetWindow(2, clients, 2).after).toHaveLength(2);
  });
});
