import type { EntityManager, EntityName, FilterQuery } from '@mikro-orm/postgresql';
import { hasAnyRole, type Viewer } from '@hub/auth';
import type { RoleCode } from '@hub/reference';

/** What one field of a record must be: a value, one of several values, or any value but null. */
export type Match = { equals: unknown } | { oneOf: readonly unknown[] } | { present: true };

/** The field equals this value (for a related field: one of its values does). */
export const equals = (value: unknown): Match => ({ equals: value });
/** The field is one of these values (for a related field: one of its values is). */
export const oneOf = (values: readonly unknown[]): Match => ({ oneOf: values });
/** The field is set. */
export const present: Match = { present: true };

/** A condition on a record: every named field matches. `{}` is every record. */
export type Condition<R> = { [K in keyof R]?: Match };

/** One way to reach records: a viewer holding one of `roles` reaches those meeting `when(viewer)`; null reaches none. */
export interface Grant<R> {
  roles: readonly RoleCode[];
  when: (viewer: Viewer) => Condition<R> | null;
}

/**
 * A field of the record read through another table: the values of `field` on the rows of `entity`
 * whose `remote` property equals the record's `local` property (`field` may itself go one table
 * further). E.g. the districts of a client's referrals:
 * `{ local: 'id', entity: Referral, remote: 'clientId', field: 'districtCode' }`.
 */
export interface Related {
  local: string;
  entity: EntityName<object>;
  remote: string;
  field: string | Related;
}

/**
 * Which records of an entity a viewer may reach, written once: the list filter (`where`) and the
 * single-record check (`allows`) are both read from the same grants, so they cannot disagree.
 * Related fields (`related`) are joined as subqueries by `where` (one statement however many rows),
 * and read from the record by `allows` (the caller loads them, through its loaders, when `reads` names them).
 */
export interface RecordScope<E, D = object> {
  /** The records the viewer may list, as a query condition; null when none. */
  where(viewer: Viewer, em: EntityManager): FilterQuery<E> | null;
  /** Whether the viewer may reach this record (its related fields `D` filled in, as arrays or single values). */
  allows(viewer: Viewer, record: Partial<E> & D): boolean;
  /** The related fields `allows` reads for this viewer: load only these. */
  reads(viewer: Viewer): string[];
}

/** Defines a record scope from its grants (the entity's `*.access.ts` holds it). */
export function recordScope<E extends object, D extends object = object>(spec: {
  grants: readonly Grant<E & D>[];
  related?: { [K in keyof D]: Related };
}): RecordScope<E, D> {
  type R = E & D;
  const related = (spec.related ?? {}) as Record<string, Related | undefined>;
  const conditionsOf = (viewer: Viewer): Condition<R>[] =>
    spec.grants
      .filter((g) => hasAnyRole(viewer, ...g.roles))
      .map((g) => g.when(viewer))
      .filter((c): c is Condition<R> => c !== null);
  return {
    where(viewer, em) {
      const conditions = conditionsOf(viewer);
      if (conditions.length === 0) return null;
      if (conditions.some((c) => Object.keys(c).length === 0)) return {} as FilterQuery<E>;
      const filters = conditions.map((c) => filterOf(c as Record<string, Match>, related, em));
      return (filters.length === 1 ? filters[0] : { $or: filters }) as FilterQuery<E>;
    },
    allows(viewer, record) {
      return conditionsOf(viewer).some((c) =>
        Object.entries(c as Record<string, Match>).every(([field, match]) =>
          matches((record as Record<string, unknown>)[field], match),
        ),
      );
    },
    reads(viewer) {
      const conditions = conditionsOf(viewer);
      if (conditions.some((c) => Object.keys(c).length === 0)) return [];
      return [...new Set(conditions.flatMap((c) => Object.keys(c).filter((field) => related[field])))];
    },
  };
}

/** Whether a value meets a match; an array (a related field's values) meets it when one of its values does. */
function matches(value: unknown, match: Match): boolean {
  if (Array.isArray(value)) return value.some((v) => matches(v, match));
  if ('equals' in match) return value === match.equals;
  if ('oneOf' in match) return match.oneOf.includes(value);
  return value !== null && value !== undefined;
}

/** A match as a MikroORM condition on one property. */
function fieldFilter(match: Match): unknown {
  if ('equals' in match) return match.equals;
  if ('oneOf' in match) return { $in: [...match.oneOf] };
  return { $ne: null };
}

let aliases = 0;

/** A related field's match as "local in (select remote from entity where …)", nested for a longer path. */
function relatedFilter(path: Related, match: Match, em: EntityManager): Record<string, unknown> {
  const alias = `scope${(aliases = (aliases + 1) % 1_000_000)}`;
  const inner = typeof path.field === 'string' ? { [path.field]: fieldFilter(match) } : relatedFilter(path.field, match, em);
  const subquery = em
    .createQueryBuilder(path.entity, alias)
    .select(`${alias}.${path.remote}`)
    .where(inner as FilterQuery<object>)
    .getKnexQuery();
  return { [path.local]: { $in: subquery } };
}

function filterOf(condition: Record<string, Match>, related: Record<string, Related | undefined>, em: EntityManager) {
  const parts = Object.entries(condition).map(([field, match]) => {
    const path = related[field];
    return path ? relatedFilter(path, match, em) : { [field]: fieldFilter(match) };
  });
  return parts.length === 1 ? parts[0]! : { $and: parts };
}
