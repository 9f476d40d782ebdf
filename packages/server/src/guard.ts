import {
  getNullableType,
  isListType,
  isObjectType,
  type GraphQLFieldResolver,
  type GraphQLResolveInfo,
  type GraphQLSchema,
} from 'graphql';
import type { IMiddlewareFieldMap, IMiddlewareFunction } from 'graphql-middleware';
import { allow, deny, type IRules } from 'graphql-shield';
import { hasAnyRole, type Viewer } from '@hub/auth';
import { ForbiddenError } from '@hub/errors';
import type { RoleCode } from '@hub/reference';
import { countList, countResolvedField } from './cost';
import { checkFieldArguments, type InputLimits } from './input-limits';
import { noteIfReturned, type AccessRecorder, type PersonalDataMap } from './access-log';
import { isRule, rolesOfRule } from './rules';

/** What one field's guard does, decided once when the schema is built. */
interface FieldPlan {
  /** Checks the arguments against the input limits (only fields that take caller input). */
  checkArguments: boolean;
  /** The roles that may read the field; `null` when anyone may (`allow`). */
  roles: readonly RoleCode[] | null;
  /** The field returns a list: its items are counted against the work budget when it returns. */
  list: boolean;
  /** The field is personal data: a value returned is noted for the access log. */
  personal: boolean;
}

interface GuardContext {
  viewer?: Viewer;
  signal?: AbortSignal;
  access?: AccessRecorder;
}

/**
 * The rule shield would apply to `type.field`: the field's own, else the type's `*`, else the type's
 * rule, else the fallback (deny).
 */
function effectiveRule(rules: IRules, typeName: string, fieldName: string): unknown {
  const entry = (rules as Record<string, unknown>)[typeName];
  if (isRule(entry)) return entry;
  const fields = (entry ?? {}) as Record<string, unknown>;
  return fields[fieldName] ?? fields['*'] ?? deny;
}

function isPromiseLike(value: unknown): value is PromiseLike<unknown> {
  return !!value && typeof (value as { then?: unknown }).then === 'function';
}

/**
 * One synchronous guard per field, in place of four asynchronous middlewares (input limits, the work
 * budget, shield's role rule, the access log): the same checks in the same order, but a field whose
 * resolver answers at once answers at once, so a list of fifty records does not cost a thousand
 * promises. Fields whose rule is not a plain role rule (or `allow` / `deny`) are left out here and
 * are guarded by graphql-shield itself (`fieldGuards` lists them as `shielded`).
 */
function guardFor(plan: FieldPlan, limits: InputLimits): IMiddlewareFunction {
  const guard = (
    resolve: GraphQLFieldResolver<unknown, GuardContext>,
    root: unknown,
    args: Record<string, unknown>,
    ctx: GuardContext,
    info: GraphQLResolveInfo,
  ): unknown => {
    if (plan.checkArguments) checkFieldArguments(info, args, limits);
    const counted = !!ctx && typeof ctx === 'object';
    if (counted) countResolvedField(ctx);
    if (plan.roles && !hasAnyRole(ctx?.viewer, ...plan.roles)) throw new ForbiddenError();
    const result = resolve(root, args, ctx, info);
    if (!plan.list && !plan.personal) return result;
    const after = (value: unknown): unknown => {
      if (plan.personal && ctx?.access) noteIfReturned(ctx.access, root, info, value);
      if (plan.list && counted && Array.isArray(value)) countList(ctx, info, value.length);
      return value;
    };
    return isPromiseLike(result) ? result.then(after) : after(result);
  };
  return guard as unknown as IMiddlewareFunction;
}

/**
 * The guard of every field of the schema's object types whose rule is a role rule, `allow` or `deny`
 * (all of the hub's today), as a graphql-middleware field map.
 */
export function fieldGuards(
  schema: GraphQLSchema,
  rules: IRules,
  personalData: PersonalDataMap,
  limits: InputLimits,
): { guards: IMiddlewareFieldMap; shielded: Record<string, string[]> } {
  const guards: Record<string, Record<string, IMiddlewareFunction>> = {};
  const shielded: Record<string, string[]> = {};
  for (const type of Object.values(schema.getTypeMap())) {
    if (!isObjectType(type) || type.name.startsWith('__')) continue;
    const personal = new Set(personalData[type.name] ?? []);
    for (const field of Object.values(type.getFields())) {
      const rule = effectiveRule(rules, type.name, field.name);
      const roles = rule === allow ? null : rule === deny ? [] : rolesOfRule(rule);
      if (roles === undefined) {
        (shielded[type.name] ??= []).push(field.name);
        continue;
      }
      const plan: FieldPlan = {
        // Federation's own fields carry the gateway's representations, not caller input.
        checkArguments: field.args.length > 0 && !field.name.startsWith('_'),
        roles,
        list: isListType(getNullableType(field.type)),
        personal: personal.has(field.name),
      };
      (guards[type.name] ??= {})[field.name] = guardFor(plan, limits);
    }
  }
  return { guards: guards as IMiddlewareFieldMap, shielded };
}

/** Keeps, of a middleware field map, only the fields listed. */
export function onlyFields(map: IMiddlewareFieldMap, fields: Record<string, string[]>): IMiddlewareFieldMap {
  const out: Record<string, Record<string, unknown>> = {};
  for (const [type, names] of Object.entries(fields)) {
    const entry = (map as Record<string, Record<string, unknown> | undefined>)[type];
    for (const name of names) if (entry?.[name]) (out[type] ??= {})[name] = entry[name];
  }
  return out as IMiddlewareFieldMap;
}
