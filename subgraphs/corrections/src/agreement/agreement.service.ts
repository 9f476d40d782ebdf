import { randomUUID } from 'node:crypto';
import { NotFoundError } from '@hub/errors';
import { runCommand, writtenPayload } from '@hub/server';
import type { CorrectionsContext } from '../context';
import { CooperationAgreement } from './agreement.entity';
import type { RegisterCooperationAgreementInput, TerminateCooperationAgreementInput } from './agreement.input';
import { checkAgreement, checkTermination } from './agreement.rules';

/** Registers a cooperation agreement (head of Bapas): another district or agency is data, not code. */
export async function registerCooperationAgreement(ctx: CorrectionsContext, input: RegisterCooperationAgreementInput) {
  const result = await runCommand(ctx, {
    name: 'registerCooperationAgreement',
    input,
    authorize: () => undefined,
    facts: async (tx) =>
      input.number.trim().length >= 3 && (await tx.count(CooperationAgreement, { number: input.number.trim() })) > 0,
    validate: (_none, numberTaken) => checkAgreement(input, numberTaken),
    persist: (tx) =>
      tx.create(CooperationAgreement, {
        id: randomUUID(),
        number: input.number.trim(),
        title: input.title.trim(),
        signedOn: input.signedOn,
        effectiveFrom: input.effectiveFrom,
        effectiveUntil: input.effectiveUntil ?? null,
        terminatedOn: null,
        terminationReason: null,
        districtCodes: input.districtCodes,
        parties: input.parties.map((p) => ({ ...p, districtCode: p.districtCode ?? null })),
        signatories: input.signatories.map((s) => ({ ...s })),
        services: input.services,
        dataSharing: input.dataSharing.map((s) => ({ ...s })),
      }).id,
  });
  return writtenPayload(ctx.em, result, 'agreement', CooperationAgreement);
}

/** Terminates an agreement (head of Bapas); from that day the sharing it allowed stops. */
export async function terminateCooperationAgreement(ctx: CorrectionsContext, input: TerminateCooperationAgreementInput) {
  const result = await runCommand(ctx, {
    name: 'terminateCooperationAgreement',
    input,
    authorize: async () => {
      const agreement = await ctx.em.findOne(CooperationAgreement, { id: input.agreementId });
      if (!agreement) throw new NotFoundError('The agreement');
      return agreement;
    },
    validate: (agreement) => checkTermination(agreement, input),
    persist: (_tx, agreement) => {
      agreement.terminatedOn = input.terminatedOn;
      agreement.terminationReason = input.reason.trim();
      return agreement.id;
    },
  });
  return { agreement: result.id ? result.target : null, userErrors: result.userErrors, replayed: false };
}
