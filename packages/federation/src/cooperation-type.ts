import DataLoader from 'dataloader';
import { Directive, Field, Int, ObjectType } from 'type-graphql';
import { cooperationKeyOfText, isCooperationQuarterKey, type CooperationQuarterKey } from './cooperation';

/**
 * A row of the joint monitoring as the agencies that add their part of it see it: its key only (the
 * row is owned by corrections). One class for DP3AP2KB and the work-site providers.
 */
@ObjectType('CooperationQuarter', {
  description: 'One district and quarter of the joint monitoring of the cooperation agreement (owned by corrections).',
})
@Directive('@key(fields: "year districtCode quarter")')
export class CooperationQuarterRef implements CooperationQuarterKey {
  @Field(() => Int)
  year!: number;

  @Field()
  districtCode!: string;

  @Field(() => Int)
  quarter!: number;
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
