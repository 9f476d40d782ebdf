import type { EntityManager, EntityMetadata, EntityName, Knex, QueryBuilder } from '@mikro-orm/postgresql';

/**
 * The entity managers of read-only requests (GraphQL queries). A query changes nothing, so the rows it
 * reads need not become managed entities (identity map, change tracking, reference propagation: most of
 * a list page's CPU); they are read as plain objects of the entity's class instead (`findLean`).
 * Mutations keep managed entities, since they change and flush them.
 */
const readOnlyForks = new WeakSet<EntityManager>();

/** Marks a request's entity manager fork as read-only (the request is a query). */
export function markReadOnly(em: EntityManager): void {
  readOnlyForks.add(em);
}

/** True when the entity manager belongs to a read-only request. */
export function isReadOnly(em: EntityManager): boolean {
  return readOnlyForks.has(em);
}

/** The ORM's metadata of an entity (given as its class or its name). */
export function metadataOf<T extends object>(em: EntityManager, entity: EntityName<T>): EntityMetadata<T> {
  return em.getMetadata().get<T>(typeof entity === 'string' ? entity : (entity as { name: string }).name);
}

/**
 * The rows of a query builder's query (a list page: its filters, keyset seek, order and limit), not
 * made into managed entities: each row becomes an object of the entity's class with its persisted
 * properties, mapped and converted as the ORM maps them. Equal, property by property, to what the ORM
 * hydrates (a test compares every entity of every subgraph); they cannot be flushed.
 */
export async function findLean<T extends object>(em: EntityManager, entity: EntityName<T>, query: QueryBuilder<T>): Promise<T[]> {
  const rows = await query.execute<Array<Record<string, unknown>>>('all', true);
  const meta = metadataOf(em, entity);
  return rows.map((row) => leanOf(em, meta, row));
}

/**
 * The records whose `key` property is one of `values`, read lean with one parameterised statement
 * (the values are parameters, not SQL text), its text built once per entity, key and order from
 * the ORM's metadata: `select <columns> from <table> where <key> = any($1) order by …`, one array
 * parameter, so the text is the same for any batch. Rows are mapped as the ORM maps them.
 */
export async function findLeanByKey<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  key: string,
  values: readonly string[],
  orderBy?: Record<string, 'asc' | 'desc'>,
): Promise<T[]> {
  if (values.length === 0) return [];
  const meta = metadataOf(em, entity);
  const sql = selectByKeySql(em, meta as EntityMetadata, key, orderBy);
  // Through Knex with bindings, so the values travel as statement parameters ($1, $2, …), not in the
  // SQL text (the ORM's own execute() writes them into the text).
  const runner = em.getTransactionContext<Knex.Transaction>() ?? em.getConnection().getKnex();
  const { rows } = (await runner.raw(sql, [values as string[]] as never)) as { rows: Array<Record<string, unknown>> };
  const driver = em.getDriver();
  return rows.map((row) => leanOf(em, meta, driver.mapResult(row as never, meta) as Record<string, unknown>));
}

const selectByKeyStatements = new WeakMap<object, Map<string, string>>();

function selectByKeySql(em: EntityManager, meta: EntityMetadata, key: string, orderBy?: Record<string, 'asc' | 'desc'>): string {
  let byShape = selectByKeyStatements.get(meta);
  if (!byShape) selectByKeyStatements.set(meta, (byShape = new Map<string, string>()));
  const shape = `${key}|${JSON.stringify(orderBy ?? {})}`;
  let sql = byShape.get(shape);
  if (!sql) {
    const platform = em.getPlatform();
    const column = (name: string) => {
      const prop = meta.properties[name];
      if (!prop?.fieldNames?.[0]) throw new Error(`${meta.className} has no column for ${name}`);
      return platform.quoteIdentifier(prop.fieldNames[0]);
    };
    const columns = meta.props
      .filter((p) => p.persist !== false && !p.lazy && p.fieldNames?.length)
      .flatMap((p) => p.fieldNames.map((f) => platform.quoteIdentifier(f)));
    const order = Object.entries(orderBy ?? {}).map(([name, dir]) => `${column(name)} ${dir === 'desc' ? 'desc' : 'asc'}`);
    sql =
      `select ${columns.join(', ')} from ${platform.quoteIdentifier(meta.tableName)} where ${column(key)} = any(?)` +
      (order.length ? ` order by ${order.join(', ')}` : '');
    byShape.set(shape, sql);
  }
  return sql;
}

/**
 * Per entity class, the prototype of its lean objects: the class's prototype (methods, getters,
 * `instanceof`) under a layer of plain writable properties, one per persisted property, so that
 * assigning a value makes an own property instead of running the ORM's change-tracking setter.
 */
const leanPrototypes = new WeakMap<object, object>();

function leanPrototypeOf(meta: EntityMetadata): object {
  let prototype = leanPrototypes.get(meta);
  if (!prototype) {
    prototype = Object.create(meta.prototype as object) as object;
    for (const prop of meta.props) {
      if (prop.persist === false) continue;
      Object.defineProperty(prototype, prop.name, { value: undefined, writable: true, enumerable: false, configurable: true });
    }
    leanPrototypes.set(meta, prototype);
  }
  return prototype;
}

/** One mapped row (property names, as the driver returns it) as an object of the entity's class. */
export function leanOf<T extends object>(em: EntityManager, meta: EntityMetadata<T>, row: Record<string, unknown>): T {
  const platform = em.getPlatform();
  const out = Object.create(leanPrototypeOf(meta as EntityMetadata)) as Record<string, unknown>;
  for (const prop of meta.props) {
    if (prop.persist === false || !(prop.name in row)) continue;
    const value = row[prop.name];
    out[prop.name] =
      prop.customType && value !== null && value !== undefined ? prop.customType.convertToJSValue(value, platform) : value;
  }
  return out as T;
}
