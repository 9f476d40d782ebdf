import { mutation, mutationsOf } from '@hub/server';
import { Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { ChildProtectionContext } from '../context';
import { Caseworker } from '../caseworker/caseworker.entity';
import { ProtectionCase } from '../protection-case/protection-case.entity';
import { canReadClinicalNotes, protectionCaseReferenceScope } from '../protection-case/protection-case.access';
import { PsychosocialService } from './psychosocial-service.entity';
import { RecordPsychosocialServiceInput, RecordPsychosocialServicePayload } from './psychosocial-service.input';
import { recordPsychosocialService } from './psychosocial-service.service';

@Resolver(() => PsychosocialService)
export class ServiceResolver {
  @FieldResolver(() => String, {
    nullable: true,
    description: 'Clinical notes: null for everyone but the psychologist assigned to the case.',
  })
  async clinicalNotes(@Root() service: PsychosocialService, @Ctx() ctx: ChildProtectionContext): Promise<string | null> {
    const pc = await ctx.loaders.protectionCase.load(service.protectionCaseId);
    return pc && canReadClinicalNotes(ctx.viewer, pc) ? service.clinicalNotes : null;
  }

  @FieldResolver(() => Caseworker, { nullable: true, description: 'Who delivered it.' })
  provider(@Root() service: PsychosocialService, @Ctx() ctx: ChildProtectionContext): Promise<Caseworker | null> {
    return ctx.loaders.caseworker.load(service.providerId);
  }
}

@Resolver(() => ProtectionCase)
export class CaseServicesResolver {
  @FieldResolver(() => [PsychosocialService], { description: 'Services delivered, oldest first.' })
  async services(@Root() pc: ProtectionCase, @Ctx() ctx: ChildProtectionContext): Promise<PsychosocialService[]> {
    return protectionCaseReferenceScope.allows(ctx.viewer, pc) ? ctx.loaders.servicesByCase.load(pc.id) : [];
  }

  @FieldResolver(() => Boolean, {
    description:
      'True when the viewer is the psychologist assigned to the case, the only one who writes and reads its clinical notes: a dashboard shows the notes field to no one else.',
  })
  clinicalNotesVisible(@Root() pc: ProtectionCase, @Ctx() ctx: ChildProtectionContext): boolean {
    return canReadClinicalNotes(ctx.viewer, pc);
  }

  @FieldResolver(() => Int, { description: 'How many services were delivered (what Bapas follows, without their content).' })
  async serviceCount(@Root() pc: ProtectionCase, @Ctx() ctx: ChildProtectionContext): Promise<number> {
    return (await ctx.loaders.servicesByCase.load(pc.id)).length;
  }
}

export const ServiceMutations = mutationsOf<ChildProtectionContext>({
  recordPsychosocialService: mutation(
    RecordPsychosocialServicePayload,
    RecordPsychosocialServiceInput,
    recordPsychosocialService,
    'Records a service (assigned caseworker or psychologist, or the case manager). A closed case is read-only.',
  ),
});
