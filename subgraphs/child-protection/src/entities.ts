import { Caseworker } from './caseworker/caseworker.entity';
import { ChildIdentity, ProtectionCase } from './protection-case/protection-case.entity';
import { PsychosocialService } from './psychosocial-service/psychosocial-service.entity';
import { ReferralResponse } from './referral/referral-response.entity';
import { Assessment, InterventionPlan } from './assessment/assessment.entity';
import { ProtectionCaseEvent } from './case-history/case-event.entity';

/** Every table of the child-protection database, for MikroORM. */
export const entities = [
  Caseworker,
  ProtectionCase,
  ChildIdentity,
  PsychosocialService,
  ReferralResponse,
  Assessment,
  InterventionPlan,
  ProtectionCaseEvent,
];
