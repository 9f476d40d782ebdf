import { mutation, mutationsOf } from '@hub/server';
import { Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { District, districtOf } from '@hub/federation';
import type { CorrectionsContext } from '../context';
import { Officer } from '../officer/officer.entity';
import { Under12Decision } from './under12.entity';
import { RecordUnder12DecisionInput, Under12DecisionPayload } from './under12.input';
import { recordUnder12Decision, under12Decisions } from './under12.service';

@Resolver(() => Under12Decision)
export class Under12Resolver {
  @Query(() => [Under12Decision], {
    description: 'Decisions for children under 12: the head of Bapas all, a PK those they took part in. Newest first.',
  })
  under12Decisions(@Ctx() ctx: CorrectionsContext): Promise<Under12Decision[]> {
    return under12Decisions(ctx);
  }

  @FieldResolver(() => Officer, { nullable: true, description: 'The PK who took part.' })
  officer(@Root() d: Under12Decision, @Ctx() ctx: CorrectionsContext): Promise<Officer | null> {
    return ctx.loaders.officer.load(d.officerId);
  }

  @FieldResolver(() => District)
  district(@Root() d: Under12Decision): District {
    return districtOf(d.districtCode);
  }
}

export const Under12Mutations = mutationsOf<CorrectionsContext>({
  recordUnder12Decision: mutation(
    Under12DecisionPayload,
    RecordUnder12DecisionInput,
    recordUnder12Decision,
    'Records the decision for a child under 12 (SPPA Art. 21; KUHP Art. 41): returned to the parents or a programme of at most 6 months, with its review. The child does not become a client.',
  ),
});
