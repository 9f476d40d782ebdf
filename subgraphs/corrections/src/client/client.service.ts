import type { FilterQuery } from '@mikro-orm/postgresql';
import { pageWindow, toConnection, type ConnectionShape } from '@hub/federation';
import { isDistrictCode } from '@hub/reference';
import { BadUserInputError } from '@hub/errors';
import type { CorrectionsContext } from '../context';
import { Client } from './client.entity';
import { clientListScope } from './client.access';
import type { ClientFilter } from './client.input';

/** One client the viewer may reach, or null. */
export async function findClient(ctx: CorrectionsContext, id: string): Promise<Client | null> {
  const client = await ctx.loaders.client.load(id);
  if (!client) return null;
  const scope = clientListScope(ctx.viewer);
  return scope && matchesScope(client, scope) ? client : null;
}

/** A page of the clients the viewer may list, filtered; two SQL statements (page and count). */
export async function listClients(
  ctx: CorrectionsContext,
  filter: ClientFilter | null | undefined,
  first: number | null | undefined,
  after: string | null | undefined,
): Promise<ConnectionShape<Client>> {
  const { limit, offset } = pageWindow(first, after);
  if (filter?.districtCode && !isDistrictCode(filter.districtCode)) {
    throw new BadUserInputError('filter.districtCode', `"${filter.districtCode}" is not a Jambi district code (e.g. 1507).`);
  }
  const scope = clientListScope(ctx.viewer);
  if (!scope) return toConnection([], offset, 0);
  const where: FilterQuery<Client> = {
    $and: [
      scope,
      ...(filter?.districtCode ? [{ districtCode: filter.districtCode }] : []),
      ...(filter?.category ? [{ category: filter.category }] : []),
      ...(filter?.status ? [{ status: filter.status }] : []),
    ],
  };
  const [rows, total] = await ctx.em.findAndCount(Client, where, {
    orderBy: { registerNumber: 'asc' },
    limit,
    offset,
  });
  for (const row of rows) ctx.loaders.client.prime(row.id, row);
  return toConnection(rows, offset, total);
}

function matchesScope(client: Client, scope: FilterQuery<Client>): boolean {
  const s = scope as { officerId?: string; districtCode?: { $in: string[] } };
  if (s.officerId !== undefined && client.officerId !== s.officerId) return false;
  if (s.districtCode && !s.districtCode.$in.includes(client.districtCode)) return false;
  return true;
}
