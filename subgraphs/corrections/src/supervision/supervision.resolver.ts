import { Arg, Ctx, Field, FieldResolver, ID, InputType, Int, Mutation, ObjectType, Resolver, Root } from 'type-graphql';
import { DateScalar, UserError, userError } from '@hub/federation';
import { jakartaDate } from '@hub/reference';
import type { CorrectionsContext } from '../context';
import { createOnce, newId } from '../mutation';
import { Client } from '../client/client.entity';
import { OfficerAssignment } from '../client/officer-assignment.entity';
import { Officer } from '../officer/officer.entity';
import { mayViewIdentity, requireCaseworkOn } from '../client/client.service';
import { SessionKind, SupervisionSession, type SessionKindCode } from './supervision.entity';

@InputType({ description: 'Record a supervision session.' })
export class RecordSupervisionSessionInput {
  @Field(() => ID)
  clientId!: string;

  @Field(() => DateScalar)
  heldOn!: string;

  @Field(() => SessionKind)
  kind!: SessionKindCode;

  @Field({ description: 'Where (for a home visit, the address: identity data).' })
  place!: string;

  @Field({ description: 'What was discussed and agreed.' })
  summary!: string;

  @Field(() => String, { nullable: true })
  idempotencyKey?: string | null;
}

@ObjectType({ description: 'The result of recordSupervisionSession.' })
export class RecordSupervisionSessionPayload {
  @Field(() => SupervisionSession, { nullable: true })
  session!: SupervisionSession | null;

  @Field(() => [UserError])
  userErrors!: UserError[];

  @Field()
  replayed!: boolean;
}

async function fullViewOf(ctx: CorrectionsContext, session: SupervisionSession): Promise<boolean> {
  const client = await ctx.loaders.client.load(session.clientId);
  return !!client && (await mayViewIdentity(ctx, client));
}

@Resolver(() => SupervisionSession)
export class SupervisionResolver {
  @FieldResolver(() => String, { nullable: true, description: 'Where; FULL viewers only (a home address identifies the child).' })
  async place(@Root() session: SupervisionSession, @Ctx() ctx: CorrectionsContext): Promise<string | null> {
    return (await fullViewOf(ctx, session)) ? session.place : null;
  }

  @FieldResolver(() => String, { nullable: true, description: 'Summary; FULL viewers only.' })
  async summary(@Root() session: SupervisionSession, @Ctx() ctx: CorrectionsContext): Promise<string | null> {
    return (await fullViewOf(ctx, session)) ? session.summary : null;
  }

  @Mutation(() => RecordSupervisionSessionPayload, { description: 'Records a supervision session (assigned PK or head).' })
  async recordSupervisionSession(
    @Arg('input', () => RecordSupervisionSessionInput) input: RecordSupervisionSessionInput,
    @Ctx() ctx: CorrectionsContext,
  ): Promise<RecordSupervisionSessionPayload> {
    const client = await requireCaseworkOn(ctx, input.clientId);
    const result = await createOnce(ctx, 'recordSupervisionSession', input, async (tx) => {
      const errors: UserError[] = [];
      if (input.heldOn > jakartaDate(new Date()))
        errors.push(userError('input.heldOn', 'DATE_IN_FUTURE', 'A session cannot be recorded before it is held.'));
      if (input.place.trim().length < 3)
        errors.push(userError('input.place', 'PLACE_REQUIRED', 'Say where the session was held.'));
      if (input.summary.trim().length < 10)
        errors.push(userError('input.summary', 'SUMMARY_REQUIRED', 'Summarise the session (at least 10 characters).'));
      const officerId = ctx.viewer.officerId ?? client.officerId;
      if (!officerId) errors.push(userError('input.clientId', 'NO_OFFICER', 'Assign a PK to the client first.'));
      if (errors.length) return { errors };
      const session = tx.create(SupervisionSession, {
        id: newId(),
        clientId: client.id,
        officerId: officerId!,
        heldOn: input.heldOn,
        kind: input.kind,
        place: input.place.trim(),
        summary: input.summary.trim(),
        recordedAt: new Date(),
      });
      return { id: session.id };
    });
    return Object.assign(new RecordSupervisionSessionPayload(), {
      session: result.id ? await ctx.em.findOne(SupervisionSession, { id: result.id }) : null,
      userErrors: result.userErrors,
      replayed: result.replayed,
    });
  }
}

@Resolver(() => Client)
export class ClientSupervisionResolver {
  @FieldResolver(() => [OfficerAssignment], { description: 'PK assignments of the client, oldest first, the current one last.' })
  officerAssignments(@Root() client: Client, @Ctx() ctx: CorrectionsContext): Promise<OfficerAssignment[]> {
    return ctx.loaders.assignmentsByClient.load(client.id);
  }

  @FieldResolver(() => [SupervisionSession], { description: 'Supervision sessions, newest first; `last` limits how many.' })
  async supervisionSessions(
    @Root() client: Client,
    @Arg('last', () => Int, { nullable: true }) last: number | null,
    @Ctx() ctx: CorrectionsContext,
  ): Promise<SupervisionSession[]> {
    const all = await ctx.loaders.sessionsByClient.load(client.id);
    const newestFirst = [...all].reverse();
    return last && last > 0 ? newestFirst.slice(0, last) : newestFirst;
  }
}

@Resolver(() => OfficerAssignment)
export class OfficerAssignmentResolver {
  @FieldResolver(() => Officer, { nullable: true, description: 'The PK assigned.' })
  officer(@Root() assignment: OfficerAssignment, @Ctx() ctx: CorrectionsContext): Promise<Officer | null> {
    return ctx.loaders.officer.load(assignment.officerId);
  }
}
