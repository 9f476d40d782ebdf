import { Args, ArgsType, Ctx, Directive, Field, ID, Info, InputType, Int, ObjectType, Query, Resolver } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import type { EntityManager } from '@mikro-orm/postgresql';
import { keysetWindow, PageInfo, selectsField, TOTAL_COUNT_DESCRIPTION, toKeysetConnection } from '@hub/federation';
import type { SubgraphBaseContext } from './subgraph';

/** One recorded access to a record's personal data. */
@ObjectType({ description: "One recorded access to a record's personal data (*log akses*, UU PDP Art. 31)." })
@Directive('@shareable')
export class AccessLogEntry {
  @Field(() => Date, { description: 'When the data was returned.' })
  at!: Date;

  @Field({ description: 'Who (the token subject).' })
  actor!: string;

  @Field({ description: 'Their roles, comma-separated.' })
  role!: string;

  @Field({ description: 'Their agency.' })
  agency!: string;

  @Field({ description: 'The record type, e.g. "Client".' })
  subjectType!: string;

  @Field(() => ID, { description: 'The record id.' })
  subjectId!: string;

  @Field(() => [String], { description: 'Which personal-data fields were returned.' })
  fields!: string[];

  @Field(() => String, { nullable: true, description: 'The GraphQL operation name, if the client named it.' })
  operation!: string | null;

  @Field({ description: 'Correlation id of the request across the hub.' })
  correlationId!: string;
}

@ObjectType({ description: 'An access-log entry in a page.' })
@Directive('@shareable')
export class AccessLogEdge {
  @Field()
  cursor!: string;

  @Field(() => AccessLogEntry)
  node!: AccessLogEntry;
}

@ObjectType({ description: 'A page of the access log, newest first (Relay connection).' })
@Directive('@shareable')
export class AccessLogConnection {
  @Field(() => [AccessLogEdge])
  edges!: AccessLogEdge[];

  @Field(() => [AccessLogEntry])
  nodes!: AccessLogEntry[];

  @Field(() => PageInfo)
  pageInfo!: PageInfo;

  @Field(() => Int, { description: TOTAL_COUNT_DESCRIPTION })
  totalCount!: number;
}

@InputType({ description: 'Filter for the access log: by record, by user, by time.' })
export class AccessLogFilter {
  @Field(() => String, { nullable: true, description: 'Record type, e.g. "Client".' })
  subjectType?: string | null;

  @Field(() => ID, { nullable: true, description: 'Record id.' })
  subjectId?: string | null;

  @Field(() => String, { nullable: true, description: 'Who accessed (token subject).' })
  actor?: string | null;

  @Field(() => Date, { nullable: true, description: 'From this instant (inclusive).' })
  from?: Date | null;

  @Field(() => Date, { nullable: true, description: 'Until this instant (exclusive).' })
  to?: Date | null;
}

@ArgsType()
class AccessLogArgs {
  @Field(() => AccessLogFilter, { nullable: true })
  filter?: AccessLogFilter | null;

  @Field(() => Int, { nullable: true, description: 'Page size, 1 to 100 (default 20).' })
  first?: number | null;

  @Field(() => String, { nullable: true })
  after?: string | null;
}

interface Row {
  id: string;
  at: Date;
  actor: string;
  roles: string[];
  agency: string;
  subject_type: string;
  subject_id: string;
  fields: string[];
  operation: string | null;
  correlation_id: string;
}

/** Reads a page of the access log with the filter; newest first. */
export async function readAccessLog(
  em: EntityManager,
  filter: AccessLogFilter | null | undefined,
  first: number | null | undefined,
  after: string | null | undefined,
  info?: GraphQLResolveInfo,
) {
  // Newest first by the log's own sequence: a keyset over the primary key.
  const page = keysetWindow(first, after, 1);
  const knex = em.getConnection().getKnex();
  const where = (qb: ReturnType<typeof knex>) => {
    if (filter?.subjectType) qb.where('subject_type', filter.subjectType);
    if (filter?.subjectId) qb.where('subject_id', filter.subjectId);
    if (filter?.actor) qb.where('actor', filter.actor);
    if (filter?.from) qb.where('at', '>=', filter.from);
    if (filter?.to) qb.where('at', '<', filter.to);
    return qb;
  };
  const seek = where(knex('access_log').select('*'));
  if (page.after) seek.where('id', '<', String(page.after[0]));
  const counting = selectsField(info, 'totalCount');
  const [rows, counted] = await Promise.all([
    em.getConnection().execute(seek.orderBy('id', 'desc').limit(page.limit + 1)) as Promise<Row[]>,
    counting ? (em.getConnection().execute(where(knex('access_log').count({ n: '*' }))) as Promise<Array<{ n: string }>>) : null,
  ]);
  const entries = rows.map((r) => ({ id: String(r.id), entry: entryOf(r) }));
  const paged = toKeysetConnection(entries, page.limit, (e) => [e.id], !!page.after, counted ? Number(counted[0]!.n) : null);
  const nodes = paged.nodes.map((e) => e.entry);
  return {
    ...paged,
    nodes,
    edges: paged.edges.map((edge) => ({ cursor: edge.cursor, node: edge.node.entry })),
  } as AccessLogConnection;
}

/**
 * The auditor's query of this subgraph's access log, named per subgraph so that the three compose
 * (`correctionsAccessLog`, `childProtectionAccessLog`, `worksitesAccessLog`).
 */
export function accessLogResolver(queryName: string) {
  @Resolver()
  class AccessLogResolver {
    @Query(() => AccessLogConnection, {
      name: queryName,
      description:
        "This agency's access log (AUDITOR only): who saw which record's personal data, when, and through which operation.",
    })
    accessLog(
      @Args() { filter, first, after }: AccessLogArgs,
      @Ctx() ctx: SubgraphBaseContext & { em: EntityManager },
      @Info() info: GraphQLResolveInfo,
    ) {
      return readAccessLog(ctx.em, filter, first, after, info);
    }
  }
  return AccessLogResolver;
}

/** Every access-log entry about the given records, oldest first (for a data subject's processing record). */
export async function accessLogFor(em: EntityManager, subjectIds: string[]): Promise<AccessLogEntry[]> {
  if (subjectIds.length === 0) return [];
  const knex = em.getConnection().getKnex();
  const rows: Row[] = await em
    .getConnection()
    .execute(knex('access_log').select('*').whereIn('subject_id', subjectIds).orderBy('id', 'asc'));
  return rows.map(entryOf);
}

function entryOf(r: Row): AccessLogEntry {
  return Object.assign(new AccessLogEntry(), {
    at: r.at,
    actor: r.actor,
    role: r.roles.join(','),
    agency: r.agency,
    subjectType: r.subject_type,
    subjectId: r.subject_id,
    fields: r.fields,
    operation: r.operation,
    correlationId: r.correlation_id,
  });
}
