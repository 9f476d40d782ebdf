import { mutation, mutationsOf } from '@hub/server';
import { Ctx, FieldResolver, Query, Resolver, Root } from 'type-graphql';
import { District, districtOf } from '@hub/federation';
import { jakartaDate } from '@hub/reference';
import type { CorrectionsContext } from '../context';
import { agreementStatusOn, AgreementStatus, CooperationAgreement, type AgreementStatusCode } from './agreement.entity';
import {
  CooperationAgreementPayload,
  RegisterCooperationAgreementInput,
  TerminateCooperationAgreementInput,
} from './agreement.input';
import { registerCooperationAgreement, terminateCooperationAgreement } from './agreement.service';

@Resolver(() => CooperationAgreement)
export class AgreementResolver {
  @Query(() => [CooperationAgreement], {
    description: 'The cooperation agreements (*PKS*), newest first, with their status today.',
  })
  cooperationAgreements(@Ctx() ctx: CorrectionsContext): Promise<CooperationAgreement[]> {
    return ctx.loaders.agreements.load('all');
  }

  @FieldResolver(() => AgreementStatus, { description: 'Status today (Asia/Jakarta).' })
  status(@Root() a: CooperationAgreement): AgreementStatusCode {
    return agreementStatusOn(a, jakartaDate(new Date()));
  }

  @FieldResolver(() => [District], { description: 'The districts it covers.' })
  districts(@Root() a: CooperationAgreement): District[] {
    return a.districtCodes.map(districtOf);
  }
}

export const AgreementMutations = mutationsOf<CorrectionsContext>({
  registerCooperationAgreement: mutation(
    CooperationAgreementPayload,
    RegisterCooperationAgreementInput,
    registerCooperationAgreement,
    'Registers a cooperation agreement (head of Bapas).',
  ),
  terminateCooperationAgreement: mutation(
    CooperationAgreementPayload,
    TerminateCooperationAgreementInput,
    terminateCooperationAgreement,
    'Terminates an agreement (head of Bapas); from that day the sharing it allowed stops.',
  ),
});
