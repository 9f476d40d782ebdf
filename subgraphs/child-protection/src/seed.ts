import type { EntityManager } from '@mikro-orm/postgresql';
import type { DemoWorld } from '@hub/demo';
import { Caseworker } from './caseworker/caseworker.entity';
import { ProtectionCase } from './protection-case/protection-case.entity';

/**
 * Writes the child-protection part of the demo world (synthetic children only) when the database has
 * no caseworker yet; returns whether it wrote anything. One transaction: all or nothing.
 */
export async function seedChildProtection(em: EntityManager, world: DemoWorld): Promise<boolean> {
  if ((await em.count(Caseworker, {})) > 0) return false;
  await em.transactional(async (tx) => {
    await tx.insertMany(
      Caseworker,
      world.caseworkers.map((c) => ({ ...c })),
    );
    await tx.insertMany(
      ProtectionCase,
      world.protectionCases.map((p) => ({
        ...p,
        openedAt: new Date(p.openedAt),
        closedAt: p.closedAt ? new Date(p.closedAt) : null,
      })),
    );
  });
  return true;
}
