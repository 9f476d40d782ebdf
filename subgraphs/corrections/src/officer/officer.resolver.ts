import { Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { CorrectionsContext } from '../context';
import { Officer } from './officer.entity';

@Resolver(() => Officer)
export class OfficerResolver {
  @FieldResolver(() => Int, { description: 'Clients assigned to this officer whose guidance is not closed (*beban kerja*).' })
  activeCaseload(@Root() officer: Officer, @Ctx() ctx: CorrectionsContext): Promise<number> {
    return ctx.loaders.activeCaseload.load(officer.id);
  }
}

/** Resolves `Officer` references from other subgraphs, batched. */
export const officerReference = {
  __resolveReference: (ref: { id: string }, ctx: CorrectionsContext) => ctx.loaders.officer.load(ref.id),
};
