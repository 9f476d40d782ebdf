import 'reflect-metadata';
import { printSchema } from 'graphql';
import { printSchemaWithDirectives } from '@graphql-tools/utils';
import { Directive, Field, ID, ObjectType, Query, Resolver, buildSchema } from 'type-graphql';
import { ConnectionOf } from './connection-type';

@ObjectType({ description: 'A widget.' })
class Widget {
  @Field(() => ID)
  id!: string;
}

@ObjectType({ description: 'A page of widgets.' })
@Directive('@shareable')
class WidgetConnection extends ConnectionOf(Widget, {
  edge: 'WidgetEdge',
  edgeDescription: 'A widget in a page.',
  shareable: true,
}) {
  @Field({ description: 'Something only this list has.' })
  extra!: string;
}

@Resolver()
class WidgetResolver {
  @Query(() => WidgetConnection)
  widgets(): WidgetConnection {
    return { edges: [], nodes: [], pageInfo: {} as never, totalCount: 0, extra: '' };
  }
}

describe('ConnectionOf', () => {
  it('makes the edge type and the connection fields, and only the named connection type', async () => {
    const schema = await buildSchema({ resolvers: [WidgetResolver], validate: false, skipCheck: true });
    const sdl = printSchema(schema);
    expect(sdl).toMatch(
      /type WidgetEdge \{\n {2}"""Opaque cursor of this record\."""\n {2}cursor: String!\n {2}node: Widget!\n\}/,
    );
    expect(sdl).toMatch(
      /type WidgetConnection \{\n {2}edges: \[WidgetEdge!\]!\n\n {2}"""The records of the page, without cursors\."""\n {2}nodes: \[Widget!\]!\n {2}pageInfo: PageInfo!\n[\s\S]*totalCount: Int!\n\n {2}"""Something only this list has\."""\n {2}extra: String!\n\}/,
    );
    expect(printSchemaWithDirectives(schema)).toMatch(/type WidgetEdge @shareable/);
    // The abstract base is not a schema type of its own.
    expect(sdl.match(/^type \w+/gm)!.sort()).toEqual([
      'type PageInfo',
      'type Query',
      'type Widget',
      'type WidgetConnection',
      'type WidgetEdge',
    ]);
  });
});
