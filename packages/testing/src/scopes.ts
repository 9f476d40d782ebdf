import 'reflect-metadata';
import { MikroORM, ReflectMetadataProvider, type EntityClass, type EntityManager, type FilterQuery } from '@mikro-orm/postgresql';
import type { Viewer } from '@hub/auth';

/** What a record scope offers (see @hub/server `recordScope`), as the tests use it. */
interface Scope<E, D> {
  where(viewer: Viewer, em: EntityManager): FilterQuery<E> | null;
  allows(viewer: Viewer, record: Partial<E> & D): boolean;
}

/** A viewer for unit tests: Bapas, district 1507, with the given roles. */
export function testViewer(roles: Viewer['roles'], extra: Partial<Viewer> = {}): Viewer {
  return { userId: 'u', name: 'U', agency: 'BAPAS', roles, districts: ['1507'], ...extra };
}

/** MikroORM on the entities' metadata, not connected: a unit test prints a list filter's SQL with it. */
export function offlineOrm(entities: Array<EntityClass<unknown>>): Promise<MikroORM> {
  return MikroORM.init({
    clientUrl: 'postgresql://nobody@127.0.0.1:1/none',
    entities,
    metadataProvider: ReflectMetadataProvider,
    discovery: { disableDynamicFileAccess: true, requireEntitiesArray: true },
    connect: false,
    allowGlobalContext: true,
  });
}

/** The SQL a scope lists the viewer's records with, or null when the viewer may list none. */
export function listSql<E extends object, D>(
  orm: MikroORM,
  entity: EntityClass<E>,
  scope: Scope<E, D>,
  viewer: Viewer,
): string | null {
  const where = scope.where(viewer, orm.em);
  return (
    where &&
    orm.em
      .createQueryBuilder(entity, 'r')
      .select('r.id')
      .where(where as never)
      .getFormattedQuery()
  );
}

/**
 * Both sides of a scope over stored records: the ids its list filter finds in the database, and the
 * ids its single-record check allows among all records (with their related fields, from `withRelated`).
 * A scope keeps its promise when the two are the same.
 */
export async function listedAndAllowed<E extends { id: string }, D>(
  em: EntityManager,
  entity: EntityClass<E>,
  scope: Scope<E, D>,
  viewer: Viewer,
  withRelated: (records: E[]) => Promise<Array<E & D>> | Array<E & D>,
): Promise<{ listed: string[]; allowed: string[] }> {
  const where = scope.where(viewer, em);
  const listed = where ? (await em.find(entity, where)).map((r) => r.id).sort() : [];
  const all = await withRelated(await em.find(entity, {} as FilterQuery<E>));
  const allowed = all
    .filter((r) => scope.allows(viewer, r))
    .map((r) => r.id)
    .sort();
  return { listed, allowed };
}
