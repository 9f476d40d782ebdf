import { MetadataStorage } from '@mikro-orm/postgresql';
import {
  getNullableType,
  isInputObjectType,
  isListType,
  isScalarType,
  type GraphQLArgument,
  type GraphQLInputType,
  type GraphQLResolveInfo,
} from 'graphql';
import { BadUserInputError } from '@hub/errors';

/** Longest text accepted where no column says otherwise (a `text` column, a search term). */
export const DEFAULT_TEXT_LIMIT = 4_000;
/** Longest value of a plain `varchar` column without a length (PostgreSQL's MikroORM default). */
const VARCHAR_DEFAULT = 255;
/** The largest magnitude of a Float argument: hours, rupiah and counts in this hub all fit well below it. */
export const FLOAT_LIMIT = 1_000_000_000;

/** Longest string accepted per input field name, taken from the columns that store it. */
export type InputLimits = Record<string, number>;

// Any UUID PostgreSQL accepts (the nil UUID too): what the id columns store.
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// C0 controls (except tab, line feed, carriage return), DEL and the C1 block: never part of a name or a note.
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;

/**
 * The longest value of each string column of the entities, by property name (where two entities
 * share a name, the shorter column wins, so the value fits wherever it is stored). Input fields with
 * the same name get that limit; `idempotencyKey` gets the key table's.
 */
export function inputLimitsOf(entities: ReadonlyArray<unknown>): InputLimits {
  const limits: InputLimits = { idempotencyKey: 128 };
  for (const entity of entities) {
    const meta = MetadataStorage.getMetadataFromDecorator(entity as never) as {
      properties?: Record<string, { type?: unknown; length?: number; columnType?: string }>;
    };
    for (const [name, prop] of Object.entries(meta.properties ?? {})) {
      const type = typeof prop.type === 'string' ? prop.type.toLowerCase() : '';
      if (type !== 'string' && type !== 'varchar') continue;
      const length = prop.length ?? VARCHAR_DEFAULT;
      limits[name] = Math.min(limits[name] ?? length, length);
    }
  }
  return limits;
}

function check(value: unknown, type: GraphQLInputType, path: string, leaf: string, limits: InputLimits): void {
  if (value === null || value === undefined) return;
  const inner = getNullableType(type);
  if (isListType(inner)) {
    if (Array.isArray(value)) value.forEach((v, i) => check(v, inner.ofType, `${path}[${i}]`, leaf, limits));
    return;
  }
  if (isInputObjectType(inner)) {
    for (const [name, field] of Object.entries(inner.getFields())) {
      check((value as Record<string, unknown>)[name], field.type, `${path}.${name}`, name, limits);
    }
    return;
  }
  if (!isScalarType(inner)) return; // enums are checked by GraphQL itself
  if (inner.name === 'ID') {
    if (typeof value !== 'string' || !UUID.test(value)) {
      throw new BadUserInputError(path, `${path} must be an id as the hub gives it (a UUID).`);
    }
  } else if (inner.name === 'String' && typeof value === 'string') {
    const limit = limits[leaf] ?? DEFAULT_TEXT_LIMIT;
    if (value.length > limit) throw new BadUserInputError(path, `${path} is longer than ${limit} characters.`);
    if (CONTROL.test(value)) throw new BadUserInputError(path, `${path} contains control characters.`);
  } else if (inner.name === 'Float' && typeof value === 'number') {
    if (!Number.isFinite(value) || Math.abs(value) > FLOAT_LIMIT) {
      throw new BadUserInputError(path, `${path} must be a number between -${FLOAT_LIMIT} and ${FLOAT_LIMIT}.`);
    }
  }
}

/** Checks every argument of a field (and every field of its input objects) against the generic rules. */
export function checkArguments(args: readonly GraphQLArgument[], values: Record<string, unknown>, limits: InputLimits): void {
  for (const arg of args) check(values[arg.name], arg.type, arg.name, arg.name, limits);
}

/**
 * A graphql-middleware (for every field, root or nested) that refuses bad input before any resolver or database sees it: ids that are
 * not UUIDs, strings longer than their column or with control characters, non-finite or huge numbers.
 * Dates and enums are checked by their scalar and by GraphQL. The error names the field and its limit.
 */
export function inputLimitsMiddleware(limits: InputLimits) {
  // Synchronous on purpose: it wraps every field, and most have no arguments.
  return (
    resolve: (root: unknown, args: Record<string, unknown>, context: unknown, info: GraphQLResolveInfo) => unknown,
    root: unknown,
    args: Record<string, unknown>,
    context: unknown,
    info: GraphQLResolveInfo,
  ): unknown => {
    // Federation's own fields carry the gateway's representations, not caller input.
    if (!info.fieldName.startsWith('_')) checkFieldArguments(info, args, limits);
    return resolve(root, args, context, info);
  };
}

/** Refuses bad input in the arguments of the field being resolved (see inputLimitsMiddleware). */
export function checkFieldArguments(info: GraphQLResolveInfo, args: Record<string, unknown>, limits: InputLimits): void {
  const field = info.parentType.getFields()[info.fieldName];
  if (field && field.args.length > 0) checkArguments(field.args, args, limits);
}
