import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { HubError } from '@hub/errors';
import {
  getNamedType,
  getNullableType,
  GraphQLError,
  isInterfaceType,
  isListType,
  isObjectType,
  Kind,
  OperationTypeNode,
  valueFromASTUntyped,
  type DocumentNode,
  type FragmentDefinitionNode,
  type GraphQLCompositeType,
  type GraphQLField,
  type GraphQLResolveInfo,
  type GraphQLSchema,
  type OperationDefinitionNode,
  type SelectionSetNode,
  type ValueNode,
} from 'graphql';
import { DEFAULT_PAGE_SIZE, MAX_PAGE_SIZE } from '@hub/federation';

/**
 * The cost model (README, "Query limits"). Every field costs one per item it is resolved for; a
 * field's items are the product of the sizes of the lists above it:
 *
 * - a paged field (`first` or `last`) counts the value asked for, taken from the variables when it is
 *   one, and the default page size when it is left out; values above the maximum page size are
 *   refused by the field itself, so they count as the maximum here;
 * - `_entities` (a gateway fetch to a subgraph) counts its representations;
 * - any other list counts `listEstimate` items; `nodes` and `edges` of a connection count once,
 *   the page having been counted on the connection field;
 * - introspection (`__schema`, `__type`) is bounded by the schema and costs nothing.
 *
 * Fragments are expanded where they are spread, so a spread repeated a hundred times costs a
 * hundred times. The same limit runs at the gateway and in every subgraph.
 */
export const COST_MODEL = { maxCost: 50_000, defaultPageSize: DEFAULT_PAGE_SIZE, maxPageSize: MAX_PAGE_SIZE, listEstimate: 10 };

type Variables = Record<string, unknown> | undefined;

function argumentValue(node: ValueNode | undefined, variables: Variables): unknown {
  if (!node) return undefined;
  if (node.kind === Kind.VARIABLE) return variables?.[node.name.value];
  return valueFromASTUntyped(node, variables);
}

interface Walk {
  schema: GraphQLSchema;
  fragments: Map<string, FragmentDefinitionNode>;
  variables: Variables;
}

/** How many items a field is resolved for, per item of its parent. */
function sizeOf(field: GraphQLField<unknown, unknown>, args: Map<string, ValueNode>, walk: Walk): number {
  const paged = field.args.find((a) => a.name === 'first' || a.name === 'last');
  if (paged) {
    const asked = ['first', 'last'].map((n) => argumentValue(args.get(n), walk.variables)).find((v) => typeof v === 'number');
    const n = typeof asked === 'number' ? asked : DEFAULT_PAGE_SIZE;
    return Math.max(0, Math.min(n, MAX_PAGE_SIZE));
  }
  if (field.name === '_entities') {
    const reps = argumentValue(args.get('representations'), walk.variables);
    return Array.isArray(reps) ? reps.length : COST_MODEL.listEstimate;
  }
  if (!isListType(getNullableType(field.type))) return 1;
  return field.name === 'nodes' || field.name === 'edges' ? 1 : COST_MODEL.listEstimate;
}

function selectionCost(set: SelectionSetNode, parent: GraphQLCompositeType, multiplier: number, walk: Walk): number {
  let cost = 0;
  for (const selection of set.selections) {
    if (selection.kind === Kind.FIELD) {
      const name = selection.name.value;
      if (name.startsWith('__')) continue;
      const field = isObjectType(parent) || isInterfaceType(parent) ? parent.getFields()[name] : undefined;
      if (!field) continue;
      const args = new Map((selection.arguments ?? []).map((a) => [a.name.value, a.value]));
      const items = multiplier * sizeOf(field, args, walk);
      cost += items;
      if (selection.selectionSet)
        cost += selectionCost(selection.selectionSet, getNamedType(field.type) as GraphQLCompositeType, items, walk);
    } else if (selection.kind === Kind.INLINE_FRAGMENT) {
      const type = selection.typeCondition ? walk.schema.getType(selection.typeCondition.name.value) : parent;
      cost += selectionCost(selection.selectionSet, (type ?? parent) as GraphQLCompositeType, multiplier, walk);
    } else {
      const fragment = walk.fragments.get(selection.name.value);
      if (!fragment) continue;
      const type = walk.schema.getType(fragment.typeCondition.name.value) ?? parent;
      cost += selectionCost(fragment.selectionSet, type as GraphQLCompositeType, multiplier, walk);
    }
    // Far over the limit already: stop counting (a hostile document could otherwise cost us time here).
    if (cost > COST_MODEL.maxCost * 10) return cost;
  }
  return cost;
}

/** The cost of one operation of the document with these variables (see COST_MODEL). */
export function operationCost(
  schema: GraphQLSchema,
  document: DocumentNode,
  operation: OperationDefinitionNode,
  variables: Variables,
): number {
  const fragments = new Map(
    document.definitions
      .filter((d): d is FragmentDefinitionNode => d.kind === Kind.FRAGMENT_DEFINITION)
      .map((d) => [d.name.value, d]),
  );
  const root =
    operation.operation === OperationTypeNode.MUTATION
      ? schema.getMutationType()
      : operation.operation === OperationTypeNode.SUBSCRIPTION
        ? schema.getSubscriptionType()
        : schema.getQueryType();
  if (!root) return 0;
  return selectionCost(operation.selectionSet, root, 1, { schema, fragments, variables });
}

/**
 * Refuses, before anything runs, an operation whose cost with its variables is above the limit:
 * HTTP 400, and the limit is not revealed.
 */
export function costLimitPlugin<TContext extends BaseContext>(): ApolloServerPlugin<TContext> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ schema, document, operation, request }) {
          if (!operation) return;
          const cost = operationCost(schema, document, operation, request.variables);
          if (cost > COST_MODEL.maxCost) {
            throw new GraphQLError(
              'The query asks for too much at once: ask for fewer items (a smaller `first`) or fewer nested lists.',
              { extensions: { code: 'GRAPHQL_VALIDATION_FAILED', http: { status: 400 } } },
            );
          }
        },
      };
    },
  };
}

/**
 * Fields one subgraph request may resolve. The cost model estimates before running; this bounds what
 * actually runs when the data is larger than the estimate (an order placed at a thousand sites): five
 * times the cost limit, far above any real answer.
 */
export const MAX_RESOLVED_FIELDS = COST_MODEL.maxCost * 5;

const resolvedFields = new WeakMap<object, { n: number }>();

/** What the request (its context) has resolved so far. */
function resolvedOf(ctx: object): { n: number } {
  let used = resolvedFields.get(ctx);
  if (!used) resolvedFields.set(ctx, (used = { n: 0 }));
  return used;
}
const itemCosts = new WeakMap<object, number>();

/** The cost model's estimate of what one item of a list field resolves below it. */
function itemCost(info: GraphQLResolveInfo): number {
  const node = info.fieldNodes[0];
  if (!node?.selectionSet) return 0;
  let cost = itemCosts.get(node);
  if (cost === undefined) {
    const walk: Walk = {
      schema: info.schema,
      fragments: new Map(Object.entries(info.fragments)),
      variables: info.variableValues,
    };
    cost = selectionCost(node.selectionSet, getNamedType(info.returnType) as GraphQLCompositeType, 1, walk);
    itemCosts.set(node, cost);
  }
  return cost;
}

function overBudget(): HubError {
  return new HubError(
    'BAD_USER_INPUT',
    'The answer is too large: ask for fewer items (a smaller `first`) or fewer nested lists.',
  );
}

/**
 * Runs around every resolver of a subgraph: refuses to start new work once the gateway gave up on the
 * request (the context's signal aborted when the connection closed) or once the request resolved
 * more than MAX_RESOLVED_FIELDS fields and list items. A list counts its items, and the fields
 * selected on them, when it is returned, so one oversized list is refused whole, before anything
 * below it runs.
 */
export async function workGuardMiddleware(
  resolve: (root: unknown, args: unknown, ctx: unknown, info: GraphQLResolveInfo) => Promise<unknown>,
  root: unknown,
  args: unknown,
  ctx: unknown,
  info: GraphQLResolveInfo,
): Promise<unknown> {
  if (!ctx || typeof ctx !== 'object') return resolve(root, args, ctx, info);
  countResolvedField(ctx);
  const result = await resolve(root, args, ctx, info);
  if (Array.isArray(result)) countList(ctx, info, result.length);
  return result;
}

/**
 * The work budget's check before a field resolves: refuses once the gateway gave up on the request
 * (the context's signal aborted) or once the request resolved more than MAX_RESOLVED_FIELDS fields.
 */
export function countResolvedField(ctx: object): void {
  const signal = (ctx as { signal?: AbortSignal }).signal;
  if (signal?.aborted) throw new HubError('SERVICE_UNAVAILABLE', 'The request was cancelled.');
  const used = resolvedOf(ctx);
  used.n += 1;
  if (used.n > MAX_RESOLVED_FIELDS) throw overBudget();
}

/**
 * The work budget's check when a list returns: each item will resolve what is selected on it
 * (estimated with the cost model), counted now, so that an oversized list is refused whole instead
 * of failing field by field below it.
 */
export function countList(ctx: object, info: GraphQLResolveInfo, items: number): void {
  const used = resolvedOf(ctx);
  used.n += items * (1 + itemCost(info));
  if (used.n > MAX_RESOLVED_FIELDS) throw overBudget();
}
