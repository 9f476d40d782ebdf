import { Arg, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, ObjectType, Resolver, Root } from 'type-graphql';
import { hasAnyRole } from '@hub/auth';
import { runIdempotent } from '@hub/db';
import { UserError, userError } from '@hub/federation';
import { ForbiddenError } from '@hub/errors';
import { randomUUID } from 'node:crypto';
import type { ChildProtectionContext } from '../context';
import { Caseworker } from '../caseworker/caseworker.entity';
import { ProtectionCase } from '../protection-case/protection-case.entity';
import { canReadClinicalNotes, protectionCaseReferenceScope, worksOnCase } from '../protection-case/protection-case.access';
import { PsychosocialService, ServiceKind, type ServiceKindCode } from './psychosocial-service.entity';

@InputType({ description: 'A psychosocial service delivered to the child.' })
export class RecordPsychosocialServiceInput {
  @Field(() => ID)
  protectionCaseId!: string;

  @Field(() => ServiceKind)
  kind!: ServiceKindCode;

  @Field(() => Date)
  deliveredAt!: Date;

  @Field()
  attended!: boolean;

  @Field(() => String, {
    nullable: true,
    description: 'Clinical notes: only the assigned psychologist may write (and read) them.',
  })
  clinicalNotes?: string | null;

  @Field(() => String, { nullable: true })
  idempotencyKey?: string | null;
}

@ObjectType({ description: 'The result of recordPsychosocialService.' })
export class RecordPsychosocialServicePayload {
  @Field(() => PsychosocialService, { nullable: true })
  service!: PsychosocialService | null;

  @Field(() => [UserError])
  userErrors!: UserError[];

  @Field()
  replayed!: boolean;
}

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

  @Mutation(() => RecordPsychosocialServicePayload, {
    description: 'Records a service (assigned caseworker or psychologist, or the case manager). A closed case is read-only.',
  })
  async recordPsychosocialService(
    @Arg('input', () => RecordPsychosocialServiceInput) input: RecordPsychosocialServiceInput,
    @Ctx() ctx: ChildProtectionContext,
  ): Promise<RecordPsychosocialServicePayload> {
    const pc = await ctx.em.findOne(ProtectionCase, { id: input.protectionCaseId });
    if (!pc || !worksOnCase(ctx.viewer, pc)) throw new ForbiddenError('Only the staff working on this case record its services.');
    const { idempotencyKey, ...rest } = input;
    const run = await runIdempotent<UserError>(
      ctx.em,
      { actor: ctx.viewer.userId, operation: 'recordPsychosocialService', key: idempotencyKey, input: rest },
      async (tx) => {
        const errors: UserError[] = [];
        if (pc.status === 'CLOSED')
          errors.push(userError('input.protectionCaseId', 'CASE_CLOSED', 'The case is closed and read-only; reopen it first.'));
        if (input.deliveredAt.getTime() > Date.now() + 60_000)
          errors.push(userError('input.deliveredAt', 'IN_FUTURE', 'A service is recorded after it is delivered.'));
        if (input.clinicalNotes && !canReadClinicalNotes(ctx.viewer, pc)) {
          errors.push(
            userError(
              'input.clinicalNotes',
              'NOTES_PSYCHOLOGIST_ONLY',
              'Only the psychologist assigned to the case writes clinical notes.',
            ),
          );
        }
        if (input.kind === 'CLINICAL_PSYCHOLOGIST' && !hasAnyRole(ctx.viewer, 'PSYCHOLOGIST'))
          errors.push(
            userError(
              'input.kind',
              'PSYCHOLOGIST_ONLY',
              'A clinical psychologist session is recorded by the psychologist who held it.',
            ),
          );
        if (!ctx.viewer.caseworkerId)
          errors.push(
            userError('input.protectionCaseId', 'NOT_A_CASEWORKER', 'Your account is not linked to a caseworker record.'),
          );
        if (errors.length) return { errors };
        const service = tx.create(PsychosocialService, {
          id: randomUUID(),
          protectionCaseId: pc.id,
          kind: input.kind,
          deliveredAt: input.deliveredAt,
          providerId: ctx.viewer.caseworkerId!,
          attended: input.attended,
          clinicalNotes: input.clinicalNotes?.trim() || null,
          recordedAt: new Date(),
        });
        return { id: service.id };
      },
    );
    return Object.assign(new RecordPsychosocialServicePayload(), {
      service: 'id' in run.outcome ? await ctx.em.findOne(PsychosocialService, { id: run.outcome.id }) : null,
      userErrors: 'errors' in run.outcome ? run.outcome.errors : [],
      replayed: run.replayed,
    });
  }
}

@Resolver(() => ProtectionCase)
export class CaseServicesResolver {
  @FieldResolver(() => [PsychosocialService], { description: 'Services delivered, oldest first.' })
  async services(@Root() pc: ProtectionCase, @Ctx() ctx: ChildProtectionContext): Promise<PsychosocialService[]> {
    return protectionCaseReferenceScope.allows(ctx.viewer, pc) ? ctx.loaders.servicesByCase.load(pc.id) : [];
  }

  @FieldResolver(() => Int, { description: 'How many services were delivered (what Bapas follows, without their content).' })
  async serviceCount(@Root() pc: ProtectionCase, @Ctx() ctx: ChildProtectionContext): Promise<number> {
    return (await ctx.loaders.servicesByCase.load(pc.id)).length;
  }
}
