import { mutation, mutationsOf } from '@hub/server';
import { Arg, Ctx, FieldResolver, Int, Resolver, Root } from 'type-graphql';
import type { CorrectionsContext } from '../context';
import { Client } from '../client/client.entity';
import { OfficerAssignment } from '../client/officer-assignment.entity';
import { Officer } from '../officer/officer.entity';
import { mayViewIdentity } from '../client/client.service';
import { SupervisionSession } from './supervision.entity';
import { RecordSupervisionSessionInput, RecordSupervisionSessionPayload } from './supervision.input';
import { recordSupervisionSession } from './supervision.service';

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

export const SupervisionMutations = mutationsOf<CorrectionsContext>({
  recordSupervisionSession: mutation(
    RecordSupervisionSessionPayload,
    RecordSupervisionSessionInput,
    recordSupervisionSession,
    'Records a supervision session (assigned PK or head).',
  ),
});
