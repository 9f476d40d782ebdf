import { FieldResolver, Resolver, Root } from 'type-graphql';
import { District, districtOf } from '@hub/federation';
import type { ChildProtectionContext } from '../context';
import { Caseworker } from './caseworker.entity';

@Resolver(() => Caseworker)
export class CaseworkerResolver {
  @FieldResolver(() => District, { description: 'District the caseworker serves.' })
  district(@Root() caseworker: Caseworker): District {
    return districtOf(caseworker.districtCode);
  }
}

/** Resolves `Caseworker` references, batched. */
export const caseworkerReference = {
  __resolveReference: (ref: { id: string }, ctx: ChildProtectionContext) => ctx.loaders.caseworker.load(ref.id),
};
