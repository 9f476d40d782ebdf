import { Field, ID, InputType, Int, ObjectType } from 'type-graphql';

/**
 * The seven matters the judge must consider before imposing *pidana kerja sosial* (KUHP Art. 85(2)),
 * as the judgment records them, with the Litmas recommendation relied on. They are the judgment's
 * reasoning, kept on the order; the hub does not veto an order on them.
 */
@ObjectType({
  description:
    "The judgment's considerations for *pidana kerja sosial* (*pertimbangan hakim*, KUHP Art. 85(2)), with the Litmas recommendation relied on.",
})
export class JudgmentConsiderations {
  @Field(() => String, { nullable: true, description: "(a) The defendant's admission of the offence (*pengakuan terdakwa*)." })
  admission!: string | null;

  @Field(() => String, { nullable: true, description: "(b) The defendant's ability to work (*kemampuan kerja*)." })
  workAbility!: string | null;

  @Field(() => Boolean, {
    nullable: true,
    description:
      "(c) The defendant's consent after the purpose and terms were explained (*persetujuan terdakwa*); adults only (a child's *pelayanan masyarakat*, SPPA Art. 76, has no consent rule).",
  })
  consentAfterExplanation!: boolean | null;

  @Field(() => String, { nullable: true, description: "(d) The defendant's social history (*riwayat sosial*)." })
  socialHistory!: string | null;

  @Field(() => String, { nullable: true, description: '(e) Protection of the work safety (*perlindungan keselamatan kerja*).' })
  workSafety!: string | null;

  @Field(() => String, {
    nullable: true,
    description: "(f) The defendant's religion, belief and political conviction (*agama, kepercayaan, dan keyakinan politik*).",
  })
  religionAndBelief!: string | null;

  @Field(() => String, { nullable: true, description: "(g) The defendant's ability to pay a fine (*kemampuan membayar denda*)." })
  abilityToPayFine!: string | null;

  @Field(() => ID, { nullable: true, description: 'The Litmas whose recommendation the court relied on.' })
  litmasReportId!: string | null;

  @Field(() => String, { nullable: true, description: "That Litmas's recommendation (*rekomendasi*), as submitted." })
  litmasRecommendation!: string | null;
}

@InputType({ description: "The judgment's considerations (KUHP Art. 85(2)), as recorded in the decision." })
export class JudgmentConsiderationsInput {
  @Field(() => String, { nullable: true }) admission?: string | null;

  @Field(() => String, { nullable: true }) workAbility?: string | null;

  @Field(() => Boolean, { nullable: true, description: 'Adults only (KUHP Art. 85(2)(c)).' })
  consentAfterExplanation?: boolean | null;

  @Field(() => String, { nullable: true }) socialHistory?: string | null;

  @Field(() => String, { nullable: true }) workSafety?: string | null;

  @Field(() => String, { nullable: true }) religionAndBelief?: string | null;

  @Field(() => String, { nullable: true }) abilityToPayFine?: string | null;

  @Field(() => ID, { nullable: true, description: "A submitted Litmas of the order's case; its recommendation is copied." })
  litmasReportId?: string | null;
}

@InputType({ description: 'An unpaid fine replaced by community service (KUHP Art. 82).' })
export class UnpaidFineInput {
  @Field(() => Int, { description: 'The fine imposed, in rupiah (at most category II, KUHP Art. 82(1)).' }) fineRupiah!: number;

  @Field(() => Int, { defaultValue: 0, description: 'What was paid; part-payment reduces the hours (KUHP Art. 82(3)).' })
  paidRupiah!: number;

  @Field({
    description: 'Seizure or auction of assets did not cover the fine or was not possible (KUHP Art. 82(1)).',
  })
  seizureInsufficient!: boolean;
}
