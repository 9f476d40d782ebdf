import { randomUUID } from 'node:crypto';
import { hasAnyRole } from '@hub/auth';
import { ForbiddenError } from '@hub/errors';
import { runCommand, writtenPayload } from '@hub/server';
import type { WorksitesContext } from '../context';
import { Provider } from './provider.entity';
import type { RegisterProviderInput } from './provider.input';
import { checkProvider } from './provider.rules';

/** Registers a work-site provider (head of Bapas, under the cooperation agreement). */
export async function registerProvider(ctx: WorksitesContext, input: RegisterProviderInput) {
  const result = await runCommand(ctx, {
    name: 'registerProvider',
    input,
    authorize: () => {
      if (!hasAnyRole(ctx.viewer, 'BAPAS_HEAD')) throw new ForbiddenError('Providers are registered by the head of Bapas.');
    },
    validate: () => checkProvider(input),
    persist: (tx) =>
      tx.create(Provider, { id: randomUUID(), name: input.name.trim(), kind: input.kind, districtCode: input.districtCode }).id,
  });
  return writtenPayload(ctx.em, result, 'provider', Provider);
}
