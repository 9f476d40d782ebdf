import { Field, ID, InputType, ObjectType } from 'type-graphql';
import { PayloadOf, IdempotentInput } from '@hub/federation';
import {
  LitmasPurpose,
  LitmasRequester,
  SocialInquiryReport,
  type LitmasPurposeCode,
  type LitmasRequesterCode,
} from './litmas.entity';

@InputType({ description: 'A request for a social-inquiry report (*permintaan Litmas*).' })
export class RequestSocialInquiryReportInput extends IdempotentInput {
  @Field(() => ID) caseId!: string;

  @Field(() => LitmasPurpose) purpose!: LitmasPurposeCode;

  @Field({ description: 'Who asks: police, prosecutor, court or correctional institution, with the letter number.' })
  requester!: string;

  @Field(() => LitmasRequester, {
    nullable: true,
    description: "The kind of requester; an investigator's request is due in 3×24 hours (PP 65/2015).",
  })
  requesterKind?: LitmasRequesterCode | null;

  @Field(() => Date, { nullable: true, description: 'When the request arrived; now by default. The deadline runs from it.' })
  requestedAt?: Date | null;
}

@InputType({ description: 'Submit a social-inquiry report.' })
export class SubmitSocialInquiryReportInput {
  @Field(() => ID) reportId!: string;

  @Field({ description: "The PK's recommendation (*rekomendasi*)." }) recommendation!: string;
}

@ObjectType({ description: 'The result of requestSocialInquiryReport or submitSocialInquiryReport.' })
export class SocialInquiryReportPayload extends PayloadOf({ report: SocialInquiryReport }, { replayed: true }) {}
