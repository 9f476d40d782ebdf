import type { EntityManager, EntityMetadata, EntityName, FilterQuery, Knex } from '@mikro-orm/postgresql';

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

/**
 * The records meeting `where`, read with the ORM's own SQL and column mapping but not made into
 * managed entities: each row becomes an object of the entity's class with its persisted properties
 * (custom types converted as the ORM converts them). Equal, property by property, to what `em.find`
 * returns (a test compares every entity of every subgraph); they cannot be flushed.
 */
export async function findLean<T extends object>(
  em: EntityManager,
  entity: EntityName<T>,
  where: FilterQuery<T>,
  orderBy?: Record<string, 'asc' | 'desc'>,
): Promise<T[]> {
  const meta = em.getMetadata().get<T>(typeof entity === 'string' ? entity : (entity as { name: string }).name);
  const rows = await em.getDriver().find<T>(meta.className, where as never, {
    orderBy: orderBy ? [orderBy as never] : [],
    ctx: em.getTransactionContext<Knex.Transaction>(),
  });
  return rows.map((row) => leanOf(em, meta, row as Record<string, unknown>));
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
