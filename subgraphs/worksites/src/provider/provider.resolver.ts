import { Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import { District, districtOf } from '@hub/federation';
import { mutation, mutationsOf } from '@hub/server';
import type { WorksitesContext } from '../context';
import { WorkSite } from '../site/site.entity';
import { siteScope } from '../site/site.access';
import { Provider } from './provider.entity';
import { RegisterProviderInput, RegisterProviderPayload } from './provider.input';
import { registerProvider } from './provider.service';

@Resolver(() => Provider)
export class ProviderResolver {
  @FieldResolver(() => District, { description: 'District of the provider.' })
  district(@Root() provider: Provider): District {
    return districtOf(provider.districtCode);
  }

  @FieldResolver(() => [WorkSite], { description: 'Sites the provider offers.' })
  async sites(@Root() provider: Provider, @Ctx() ctx: WorksitesContext): Promise<WorkSite[]> {
    const sites = await ctx.loaders.sitesByProvider.load(provider.id);
    return sites.filter((s) => siteScope.allows(ctx.viewer, s));
  }
}

export const ProviderMutations = mutationsOf<WorksitesContext>({
  registerProvider: mutation(
    RegisterProviderPayload,
    RegisterProviderInput,
    registerProvider,
    'Registers a work-site provider (head of Bapas, under the cooperation agreement).',
  ),
});

/** Resolves `Provider` references, batched. */
export const providerReference = {
  __resolveReference: (ref: { id: string }, ctx: WorksitesContext) => ctx.loaders.provider.load(ref.id),
};
