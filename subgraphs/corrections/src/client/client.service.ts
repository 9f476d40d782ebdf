import { allOf, checkDistrictFilter, keysetPage, type ListOrder, runCommand } from '@hub/server';
import { randomUUID } from 'node:crypto';
import { LockMode, type EntityClass, type FilterQuery, type Knex } from '@mikro-orm/postgresql';
import { estimateRows } from '@hub/db';
import { hasAnyRole } from '@hub/auth';
import { selectsField, userError, type ConnectionShape } from '@hub/federation';
import type { GraphQLResolveInfo } from 'graphql';
import { jakartaDate } from '@hub/reference';
import { allowsSharing } from '../agreement/agreement.entity';
import { BadUserInputError, ForbiddenError, NotFoundError } from '@hub/errors';
import type { CorrectionsContext } from '../context';
import { Client } from './client.entity';
import {
  canViewClientIdentity,
  canViewClientRecord,
  canWorkOnClient,
  clientScope,
  needsClientFacts,
  type ClientFacts,
} from './client.access';
import type { AssignOfficerInput, ChangeClientStatusInput, ClientFilter, RegisterClientInput } from './client.input';
import { categoryAt, checkAssignment, checkRegistration, checkStatusChange } from './client.rules';
import { OfficerAssignment } from './officer-assignment.entity';
import { Officer } from '../officer/officer.entity';

const NO_FACTS: ClientFacts = { referrals: [], orderDistricts: [], sharingDistricts: [] };

/** The facts the record-level rules need, batched through the request's loaders (only for roles that need them). */
export async function clientFacts(ctx: CorrectionsContext, client: Client): Promise<ClientFacts> {
  if (!needsClientFacts(ctx.viewer)) return NO_FACTS;
  const [referrals, orders, agreements] = await Promise.all([
    ctx.loaders.referralsByClient.load(client.id),
    ctx.loaders.ordersByClient.load(client.id),
    ctx.loaders.agreements.load('all'),
  ]);
  const today = jakartaDate(new Date());
  const sharingDistricts = [...new Set(referrals.map((r) => r.districtCode))].filter((d) =>
    agreements.some((a) => allowsSharing(a, today, 'BAPAS', 'DP3AP2KB', 'CLIENT_IDENTITY', d)),
  );
  return { referrals, orderDistricts: orders.map((o) => o.districtCode), sharingDistricts };
}

/** Whether the viewer may see this client's record; used by every path that reaches a client. */
export async function mayViewClient(ctx: CorrectionsContext, client: Client): Promise<boolean> {
  return canViewClientRecord(ctx.viewer, client, await clientFacts(ctx, client));
}

/** Whether the viewer gets the client's identity set (FULL) or the limited view. */
export async function mayViewIdentity(ctx: CorrectionsContext, client: Client): Promise<boolean> {
  return canViewClientIdentity(ctx.viewer, client, await clientFacts(ctx, client));
}

/** One client by id if the viewer may see its record, else null (whether it exists is not revealed). */
export async function findClient(ctx: CorrectionsContext, id: string): Promise<Client | null> {
  const client = await ctx.loaders.client.load(id);
  return client && (await mayViewClient(ctx, client)) ? client : null;
}

/** Clients are listed by register number; the id breaks ties (keyset paging, see @hub/federation). */
const CLIENT_ORDER: ListOrder<Client> = {
  alias: 'c',
  key: ['c.register_number', 'c.id'],
  orderBy: { registerNumber: 'asc', id: 'asc' },
  keyOf: (c) => [c.registerNumber, c.id],
};

/** A page of the clients the viewer may list, filtered; `totalCount` is counted only when `info` selects it. */
export async function listClients(
  ctx: CorrectionsContext,
  filter: ClientFilter | null | undefined,
  first: number | null | undefined,
  after: string | null | undefined,
  info?: GraphQLResolveInfo,
): Promise<ConnectionShape<Client> & { estimatedTotalCount: number }> {
  checkDistrictFilter('filter.districtCode', filter?.districtCode);
  const scope = clientScope.where(ctx.viewer, ctx.em);
  const where = allOf<Client>(
    scope,
    filter?.districtCode && { districtCode: filter.districtCode },
    filter?.category && { category: filter.category },
    filter?.status && { status: filter.status },
    filter?.officerId && { officerId: filter.officerId },
    filter?.search && searchCondition(ctx, filter.search),
  );
  const count = scope && Object.keys(scope).length === 0 ? talliedCount(ctx, filter) : undefined;
  const page = await keysetPage(ctx.em, Client, where, CLIENT_ORDER, { first, after, info, count });
  for (const row of page.nodes) ctx.loaders.client.prime(row.id, row);
  const estimated =
    where && selectsField(info, 'estimatedTotalCount')
      ? await estimateRows(ctx.em, ctx.em.createQueryBuilder(Client, 'c').where(where as never))
      : 0;
  return { ...page, estimatedTotalCount: estimated };
}

const TALLIED: ReadonlySet<string> = new Set(['districtCode', 'status', 'category']);

/**
 * The exact number of clients meeting a filter of district, status and category only, for a viewer who
 * may list every client: the sum of a few rows of `client_tally`, which triggers on client keep equal to
 * `count(*)` in every transaction (migration ClientTally). Undefined for any other filter.
 */
function talliedCount(ctx: CorrectionsContext, filter: ClientFilter | null | undefined): (() => Promise<number>) | undefined {
  // A filter the tally does not hold (a search, an officer, any added later) is counted row by row.
  if (Object.entries(filter ?? {}).some(([name, value]) => value != null && !TALLIED.has(name))) return undefined;
  return async () => {
    // In the request's transaction when there is one, so the sum sees what the transaction wrote.
    const knex = ctx.em.getTransactionContext<Knex.Transaction>() ?? ctx.em.getConnection().getKnex();
    const query = knex('client_tally').sum({ n: 'clients' });
    if (filter?.districtCode) query.where('district_code', filter.districtCode);
    if (filter?.status) query.where('status', filter.status);
    if (filter?.category) query.where('category', filter.category);
    const rows = (await query) as Array<{ n: string | null }>;
    return Number(rows[0]?.n ?? 0);
  };
}

/**
 * The client a case worker may act on: the head of Bapas, or the PK assigned to the client.
 * Anyone else gets FORBIDDEN (a missing client answers the same, so ids cannot be probed).
 */
export async function requireCaseworkOn(ctx: CorrectionsContext, clientId: string): Promise<Client> {
  const client = await ctx.loaders.client.load(clientId);
  if (!client || !canWorkOnClient(ctx.viewer, client)) throw new ForbiddenError(CASEWORK_ONLY);
  return client;
}

const CASEWORK_ONLY = 'Only the head of Bapas or the PK assigned to this client may do this.';

/**
 * A record of a client (a case, an order, a guidance plan) by its id, when the viewer may act on the
 * client as `requireCaseworkOn` says; a missing record answers the same FORBIDDEN, so ids cannot be probed.
 */
export async function requireCaseworkOnRecord<T extends { id: string; clientId: string }>(
  ctx: CorrectionsContext,
  entity: EntityClass<T>,
  id: string,
): Promise<T> {
  const found = await ctx.em.findOne(entity, { id } as FilterQuery<T>);
  if (!found) throw new ForbiddenError(CASEWORK_ONLY);
  await requireCaseworkOn(ctx, found.clientId);
  return found;
}

/**
 * Text search: a register-number prefix for everyone; a name match only for roles that see full
 * identities (searching by name would otherwise reveal who is a client, SPPA Art. 19).
 */
function searchCondition(ctx: CorrectionsContext, search: string): FilterQuery<Client> {
  const term = search.trim();
  if (term.length < 2 || term.length > 60) {
    throw new BadUserInputError('filter.search', 'Search with 2 to 60 characters.');
  }
  const escaped = term.replace(/[\\%_]/g, (c) => `\\${c}`);
  const byNumber: FilterQuery<Client> = { registerNumber: { $ilike: `${escaped}%` } };
  if (!hasAnyRole(ctx.viewer, 'BAPAS_HEAD', 'PK_OFFICER')) return byNumber;
  // A PK's list is already limited to assigned clients, whose names they may see.
  return { $or: [byNumber, { fullName: { $ilike: `%${escaped}%` } }] };
}

/** Registers a client (head of Bapas or registrar). The category follows the age at the offence date. */
export async function registerClient(ctx: CorrectionsContext, input: RegisterClientInput) {
  const result = await runCommand(ctx, {
    name: 'registerClient',
    input,
    authorize: () => undefined,
    facts: async (tx) => ({
      today: jakartaDate(new Date()),
      numberTaken: (await tx.count(Client, { registerNumber: input.registerNumber })) > 0,
    }),
    validate: (_none, { today, numberTaken }) => {
      const errors = checkRegistration(input, today);
      if (errors.length || !numberTaken) return errors;
      const taken = `Register number ${input.registerNumber} is already in use.`;
      return [userError('input.registerNumber', 'DUPLICATE_REGISTER_NUMBER', taken)];
    },
    persist: (tx) =>
      tx.create(Client, {
        id: randomUUID(),
        registerNumber: input.registerNumber,
        fullName: input.fullName.trim(),
        nik: input.nik,
        birthDate: input.birthDate,
        address: input.address.trim(),
        guardianName: input.guardianName?.trim() || null,
        sex: input.sex,
        districtCode: input.districtCode,
        category: categoryAt(input.birthDate, input.offenseDate),
        status: 'REGISTERED',
        officerId: null,
        registeredAt: new Date(),
      }).id,
  });
  return { client: await clientAfter(ctx, result), userErrors: result.userErrors, replayed: result.replayed };
}

/** Assigns a PK to a client (head of Bapas); the previous assignment is kept as history. */
export async function assignOfficer(ctx: CorrectionsContext, input: AssignOfficerInput) {
  const result = await runCommand(ctx, {
    name: 'assignOfficer',
    input,
    authorize: () => {
      if (!hasAnyRole(ctx.viewer, 'BAPAS_HEAD')) throw new ForbiddenError('Only the head of Bapas assigns officers.');
    },
    facts: async (tx) => {
      const client = await tx.findOne(Client, { id: input.clientId }, { lockMode: LockMode.PESSIMISTIC_WRITE });
      if (!client) throw new NotFoundError('The client');
      return { client, officer: await tx.findOne(Officer, { id: input.officerId }) };
    },
    validate: (_none, { client, officer }) => checkAssignment(client, officer),
    persist: async (tx, _none, { client, officer }) => {
      const now = new Date();
      await tx.nativeUpdate(OfficerAssignment, { clientId: client.id, endedAt: null }, { endedAt: now });
      tx.create(OfficerAssignment, {
        id: randomUUID(),
        clientId: client.id,
        officerId: officer!.id,
        assignedAt: now,
        assignedBy: ctx.viewer.userId,
        reason: input.reason ?? null,
        endedAt: null,
      });
      client.officerId = officer!.id;
      return client.id;
    },
  });
  return { client: await clientAfter(ctx, result, true), userErrors: result.userErrors };
}

/** Moves the client's status along its lifecycle (assigned PK or head); a change made meanwhile is refused. */
export async function changeClientStatus(ctx: CorrectionsContext, input: ChangeClientStatusInput) {
  const result = await runCommand(ctx, {
    name: 'changeClientStatus',
    input,
    authorize: () => requireCaseworkOn(ctx, input.clientId),
    validate: (client) => checkStatusChange(client, input.status),
    persist: async (tx, client) => {
      const changed = await tx.nativeUpdate(Client, { id: client.id, status: client.status }, { status: input.status });
      return changed ? client.id : [userError('input.status', 'STALE', 'The status changed meanwhile; reload.')];
    },
  });
  return { client: await clientAfter(ctx, result, true), userErrors: result.userErrors };
}

/** The client a command wrote, read again (from the database when the command changed it in SQL). */
async function clientAfter(ctx: CorrectionsContext, result: { id: string | null }, refresh = false): Promise<Client | null> {
  return result.id ? ctx.em.findOne(Client, { id: result.id }, refresh ? { refresh: true } : {}) : null;
}
