import { mutation, mutationsOf } from '@hub/server';
import { Arg, Args, Ctx, FieldResolver, ID, Info, Query, Resolver, Root } from 'type-graphql';
import type { GraphQLResolveInfo } from 'graphql';
import { ageOn, ageBandFor, jakartaDate, type AgeBandCode } from '@hub/reference';
import {
  AgeBand,
  DateScalar,
  District,
  districtOf,
  IdentityAccess,
  refusalMessage,
  type IdentityAccessCode,
} from '@hub/federation';
import type { CorrectionsContext } from '../context';
import { Officer } from '../officer/officer.entity';
import { CaseFile } from '../case/case.entity';
import { CommunityServiceOrder } from '../order/order.entity';
import { Referral } from '../referral/referral.entity';
import { Client } from './client.entity';
import {
  AssignOfficerInput,
  AssignOfficerPayload,
  ChangeClientStatusInput,
  ChangeClientStatusPayload,
  ClientConnection,
  ClientsArgs,
  RegisterClientInput,
  RegisterClientPayload,
} from './client.input';
import { initialsOf } from '@hub/reference';
import { assignOfficer, changeClientStatus, findClient, listClients, mayViewIdentity, registerClient } from './client.service';
import { hasAnyRole } from '@hub/auth';
import { sharingRefusal } from '../agreement/agreement.entity';

/** Identity fields answer null to viewers without FULL access, so a list stays usable for everyone. */
async function identity<T>(ctx: CorrectionsContext, client: Client, value: T): Promise<T | null> {
  return (await mayViewIdentity(ctx, client)) ? value : null;
}

@Resolver(() => Client)
export class ClientResolver {
  @Query(() => Client, { nullable: true, description: 'One client by id, if the viewer may see it.' })
  client(@Arg('id', () => ID) id: string, @Ctx() ctx: CorrectionsContext): Promise<Client | null> {
    return findClient(ctx, id);
  }

  @Query(() => ClientConnection, { description: 'The clients the viewer may see, filtered, a page at a time.' })
  clients(
    @Args() { filter, first, after }: ClientsArgs,
    @Ctx() ctx: CorrectionsContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ClientConnection> {
    return listClients(ctx, filter, first, after, info) as Promise<ClientConnection>;
  }

  @FieldResolver(() => String, { description: 'Full name for FULL access, initials for LIMITED (*nama tampilan*).' })
  async displayName(@Root() client: Client, @Ctx() ctx: CorrectionsContext): Promise<string> {
    return (await mayViewIdentity(ctx, client)) ? client.fullName : initialsOf(client.fullName);
  }

  @FieldResolver(() => IdentityAccess, { description: 'FULL or LIMITED: why identity fields may be null.' })
  async identityAccess(@Root() client: Client, @Ctx() ctx: CorrectionsContext): Promise<IdentityAccessCode> {
    return (await mayViewIdentity(ctx, client)) ? 'FULL' : 'LIMITED';
  }

  @FieldResolver(() => String, {
    nullable: true,
    description:
      'Why a DP3AP2KB viewer with an open referral gets the LIMITED view: no cooperation agreement in force for the district (it lapsed or was terminated), in Bahasa Indonesia unless Accept-Language asks for English. Null otherwise.',
  })
  async identityAccessReason(@Root() client: Client, @Ctx() ctx: CorrectionsContext): Promise<string | null> {
    if (!hasAnyRole(ctx.viewer, 'CASE_MANAGER', 'CASEWORKER', 'PSYCHOLOGIST') || (await mayViewIdentity(ctx, client)))
      return null;
    const referrals = await ctx.loaders.referralsByClient.load(client.id);
    const open = referrals.find((r) => r.status === 'OPEN' && ctx.viewer.districts.includes(r.districtCode));
    if (!open) return null;
    const reason = sharingRefusal(await ctx.loaders.agreements.load('all'), jakartaDate(new Date()), open.districtCode);
    // The same sentence a refused referral carries (NO_AGREEMENT_IN_FORCE), in the caller's language.
    return reason && refusalMessage('NO_AGREEMENT_IN_FORCE', reason, ctx.language);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: 'Full name (*nama lengkap*); identity set (SPPA Art. 19): null unless FULL.',
  })
  fullName(@Root() client: Client, @Ctx() ctx: CorrectionsContext): Promise<string | null> {
    return identity(ctx, client, client.fullName);
  }

  @FieldResolver(() => String, { nullable: true, description: 'National identity number (*NIK*), 16 digits; identity set.' })
  nik(@Root() client: Client, @Ctx() ctx: CorrectionsContext): Promise<string | null> {
    return identity(ctx, client, client.nik);
  }

  @FieldResolver(() => DateScalar, { nullable: true, description: 'Birth date (*tanggal lahir*); identity set.' })
  birthDate(@Root() client: Client, @Ctx() ctx: CorrectionsContext): Promise<string | null> {
    return identity(ctx, client, client.birthDate);
  }

  @FieldResolver(() => String, { nullable: true, description: 'Home address (*alamat*); identity set.' })
  address(@Root() client: Client, @Ctx() ctx: CorrectionsContext): Promise<string | null> {
    return identity(ctx, client, client.address);
  }

  @FieldResolver(() => String, {
    nullable: true,
    description: "Parent or guardian's name (*nama orang tua/wali*); identity set.",
  })
  guardianName(@Root() client: Client, @Ctx() ctx: CorrectionsContext): Promise<string | null> {
    return identity(ctx, client, client.guardianName);
  }

  @FieldResolver(() => AgeBand, { description: 'Age band today (Asia/Jakarta); part of the limited view.' })
  ageBand(@Root() client: Client): AgeBandCode {
    return ageBandFor(ageOn(client.birthDate, jakartaDate(new Date())));
  }

  @FieldResolver(() => District, { description: 'District of residence (*kabupaten/kota*).' })
  district(@Root() client: Client): District {
    return districtOf(client.districtCode);
  }

  @FieldResolver(() => Officer, { nullable: true, description: 'The assigned PK, if one is assigned.' })
  officer(@Root() client: Client, @Ctx() ctx: CorrectionsContext): Promise<Officer | null> | null {
    return client.officerId ? ctx.loaders.officer.load(client.officerId) : null;
  }

  @FieldResolver(() => [CaseFile], { description: 'Cases of the client, oldest offence first.' })
  cases(@Root() client: Client, @Ctx() ctx: CorrectionsContext): Promise<CaseFile[]> {
    return ctx.loaders.casesByClient.load(client.id);
  }

  @FieldResolver(() => [Referral], { description: 'Referrals of the client to other agencies, oldest first (*rujukan*).' })
  referrals(@Root() client: Client, @Ctx() ctx: CorrectionsContext): Promise<Referral[]> {
    return ctx.loaders.referralsByClient.load(client.id);
  }

  @FieldResolver(() => [CommunityServiceOrder], { description: 'Community-service orders of the client, oldest first.' })
  communityServiceOrders(@Root() client: Client, @Ctx() ctx: CorrectionsContext): Promise<CommunityServiceOrder[]> {
    return ctx.loaders.ordersByClient.load(client.id);
  }
}

export const ClientMutations = mutationsOf<CorrectionsContext>({
  registerClient: mutation(
    RegisterClientPayload,
    RegisterClientInput,
    registerClient,
    'Registers a client (head of Bapas or registrar). The category follows the age at the offence date.',
  ),
  assignOfficer: mutation(
    AssignOfficerPayload,
    AssignOfficerInput,
    assignOfficer,
    'Assigns a PK to a client (head of Bapas); the previous assignment is kept as history.',
  ),
  changeClientStatus: mutation(
    ChangeClientStatusPayload,
    ChangeClientStatusInput,
    changeClientStatus,
    "Moves the client's status along its lifecycle; invalid transitions are refused.",
  ),
});

/** Resolves `Client` references from other subgraphs, batched, with the same record-level rule as the queries. */
export const clientReference = {
  __resolveReference: (ref: { id: string }, ctx: CorrectionsContext) => findClient(ctx, ref.id),
};
