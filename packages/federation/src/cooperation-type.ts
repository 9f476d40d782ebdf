import DataLoader from 'dataloader';
import { Ctx, Directive, Field, FieldResolver, Int, ObjectType, Resolver, Root, type ClassType } from 'type-graphql';
import { cooperationKeyOfText, cooperationKeyText, isCooperationQuarterKey, type CooperationQuarterKey } from './cooperation';

/**
 * A row of the joint monitoring as the agencies that add their part of it see it: its key only (the
 * row is owned by corrections). One class for DP3AP2KB and the work-site providers.
 */
@ObjectType('CooperationQuarter', {
  description: 'One district and quarter of the joint monitoring of the cooperation agreement (owned by corrections).',
})
@Directive('@key(fields: "year districtCode quarter")')
export class CooperationQuarterRef implements CooperationQuarterKey {
  @Field(() => Int) year!: number;

  @Field() districtCode!: string;

  @Field(() => Int) quarter!: number;
}

/** A row by its key (the gateway's `_entities`); a key naming no row resolves to null. */
export const cooperationQuarterRefReference = {
  __resolveReference: (ref: Partial<CooperationQuarterKey>) =>
    isCooperationQuarterKey(ref) ? Object.assign(new CooperationQuarterRef(), ref) : null,
};

/**
 * The request's loader of an agency's part of the rows, by text key (`cooperationKeyText`): the rows
 * of one `_entities` call are computed in one call of `partsOf`, once per request context.
 */
export function cooperationLoaderOf<Ctx extends object, Part>(
  partsOf: (ctx: Ctx, keys: CooperationQuarterKey[]) => Promise<Part[]>,
): (ctx: Ctx) => DataLoader<string, Part> {
  const loaders = new WeakMap<Ctx, DataLoader<string, Part>>();
  return (ctx) => {
    let loader = loaders.get(ctx);
    if (!loader) {
      loader = new DataLoader((texts) => partsOf(ctx, texts.map(cooperationKeyOfText)));
      loaders.set(ctx, loader);
    }
    return loader;
  };
}

/**
 * The resolver of an agency's part of a row: the nullable field `field` of `CooperationQuarter`, of
 * type `part`, from the request's loader over `partsOf` (`cooperationLoaderOf`). The one resolver of
 * DP3AP2KB's and the work-site providers' parts; the gateway joins them to the row of corrections.
 */
export function cooperationPartResolver<C extends object, Part extends object>(
  field: string,
  part: ClassType<Part>,
  description: string,
  partsOf: (ctx: C, keys: CooperationQuarterKey[]) => Promise<Part[]>,
): ClassType {
  const loaderOf = cooperationLoaderOf(partsOf);
  @Resolver(() => CooperationQuarterRef)
  class CooperationPartResolver {}
  const method = (row: CooperationQuarterRef, ctx: C): Promise<Part> => loaderOf(ctx).load(cooperationKeyText(row));
  Object.defineProperty(CooperationPartResolver.prototype, field, { value: method, writable: true, configurable: true });
  const descriptor = Object.getOwnPropertyDescriptor(CooperationPartResolver.prototype, field)!;
  FieldResolver(() => part, { nullable: true, description })(CooperationPartResolver.prototype, field, descriptor);
  Root()(CooperationPartResolver.prototype, field, 0);
  Ctx()(CooperationPartResolver.prototype, field, 1);
  return CooperationPartResolver;
}
