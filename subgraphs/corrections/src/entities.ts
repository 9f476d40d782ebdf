import { Client } from './client/client.entity';
import { Officer } from './officer/officer.entity';
import { Offense } from './case/offense.entity';
import { CaseFile } from './case/case.entity';
import { CommunityServiceOrder } from './order/order.entity';
import { Referral } from './referral/referral.entity';
import { SocialInquiryReport } from './litmas/litmas.entity';
import { OfficerAssignment } from './client/officer-assignment.entity';
import { SupervisionSession } from './supervision/supervision.entity';
import { BreachReport } from './breach/breach.entity';
import { CooperationAgreement } from './agreement/agreement.entity';
import { Under12Decision } from './under12/under12.entity';
import { CapacityBuildingEvent } from './cooperation/capacity-event.entity';
import { GuidancePlan, GuidanceReport } from './guidance/guidance.entity';

/** Every table of the corrections database, for MikroORM. */
export const entities = [
  Officer,
  Client,
  Offense,
  CaseFile,
  CommunityServiceOrder,
  Referral,
  SocialInquiryReport,
  OfficerAssignment,
  SupervisionSession,
  BreachReport,
  CooperationAgreement,
  Under12Decision,
  CapacityBuildingEvent,
  GuidancePlan,
  GuidanceReport,
];
