import { Field, Float, Int, ObjectType } from 'type-graphql';
import {
  CellKeys,
  cooperationKeyText,
  countBy,
  keysOf,
  publishCount,
  publishMedian,
  publishRatio,
  quarterDays,
  quarterOfDay,
  StatisticBreakdown,
  suppressSmallCells,
  totalOf,
  yearInstants,
  type CooperationQuarterKey,
  cooperationPartResolver,
} from '@hub/federation';
import { jakartaDate } from '@hub/reference';
import type { ChildProtectionContext } from '../context';

/** DP3AP2KB's figures for one district and quarter. */
@ObjectType({
  description:
    "DP3AP2KB's part of the joint monitoring (*monitoring dan evaluasi bersama*) for one district and quarter: its responses to Bapas referrals and the services the referred children received, small cells suppressed.",
})
export class ChildProtectionCooperation {
  @Field(() => Int, {
    nullable: true,
    description:
      'Responses given in the quarter to Bapas referrals for the district (accepted or declined); null when suppressed.',
  })
  referralResponses!: number | null;

  @Field(() => StatisticBreakdown, { description: 'Those responses by decision: ACCEPTED, DECLINED.' })
  responsesByDecision!: StatisticBreakdown;

  @Field(() => Float, {
    nullable: true,
    description:
      'Median days from the referral being sent to the response, over the responses of the quarter; null when fewer than k responses (the threshold).',
  })
  medianDaysToResponse!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Children referred by Bapas whose protection case was open during the quarter; null when suppressed.',
  })
  referredChildren!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Psychosocial services those children attended in the quarter; null when suppressed (with the children).',
  })
  servicesToReferredChildren!: number | null;

  @Field(() => Float, {
    nullable: true,
    description: 'Services per referred child in the quarter (true figures, one decimal); null when fewer than k children.',
  })
  servicesPerReferredChild!: number | null;
}

interface ResponseRow {
  id: string;
  decision: string;
  decided_at: Date | string;
  district_code: string | null;
  sent_at: string | null;
}

interface CaseRow {
  id: string;
  client_id: string;
  district_code: string;
  opened_at: Date | string;
  closed_at: Date | string | null;
  service_ids: string[];
  delivered: Array<Date | string>;
}

const DAY_MS = 86_400_000;
const instant = (value: Date | string): Date => (value instanceof Date ? value : new Date(value));

/**
 * DP3AP2KB's figures for the rows asked for, in two statements whatever their number; each row from
 * its own district's and quarter's records only.
 */
export async function childProtectionQuarters(
  ctx: ChildProtectionContext,
  rows: CooperationQuarterKey[],
): Promise<ChildProtectionCooperation[]> {
  if (rows.length === 0) return [];
  const years = rows.map((r) => r.year);
  const from = yearInstants(Math.min(...years)).from;
  const until = yearInstants(Math.max(...years)).until;
  const districts = [...new Set(rows.map((r) => r.districtCode))];
  const connection = ctx.em.getConnection();
  const knex = connection.getKnex();
  // The referral's district and sending time are kept in the snapshot taken when it was answered.
  const districtOfResponse = "coalesce(r.referral_snapshot #>> '{client,district,code}', r.referral_snapshot ->> 'districtCode')";
  const responsesQuery = knex('referral_response as r')
    .select('r.id', 'r.decision', 'r.decided_at')
    .select(knex.raw(`${districtOfResponse} as district_code`))
    .select(knex.raw("r.referral_snapshot ->> 'sentAt' as sent_at"))
    .where('r.decided_at', '>=', from)
    .andWhere('r.decided_at', '<', until)
    .whereRaw(`${districtOfResponse} in (${districts.map(() => '?').join(', ')})`, districts);
  const casesQuery = knex('protection_case as pc')
    .leftJoin('psychosocial_service as s', function attended() {
      this.on('s.protection_case_id', '=', 'pc.id')
        .andOn('s.attended', '=', knex.raw('true'))
        .andOn('s.delivered_at', '>=', knex.raw('?', [from]))
        .andOn('s.delivered_at', '<', knex.raw('?', [until]));
    })
    .select('pc.id', 'pc.client_id', 'pc.district_code', 'pc.opened_at', 'pc.closed_at')
    .select(knex.raw("coalesce(array_agg(s.id::text) filter (where s.id is not null), '{}') as service_ids"))
    .select(knex.raw("coalesce(array_agg(s.delivered_at) filter (where s.id is not null), '{}') as delivered"))
    .whereNotNull('pc.referral_id')
    .whereNotNull('pc.client_id')
    .whereIn('pc.district_code', districts)
    .andWhere('pc.opened_at', '<', until)
    .whereRaw('(pc.closed_at is null or pc.closed_at >= ?)', [from])
    .groupBy('pc.id');
  const [responses, cases] = (await Promise.all([connection.execute(responsesQuery), connection.execute(casesQuery)])) as [
    ResponseRow[],
    CaseRow[],
  ];
  const k = ctx.smallCellThreshold;
  const responseKeys = new CellKeys(ctx.cellKeySecret, 'referral_response');
  const clientKeys = new CellKeys(ctx.cellKeySecret, 'client');
  const serviceKeys = new CellKeys(ctx.cellKeySecret, 'psychosocial_service');
  const responsesBy = new Map<string, ResponseRow[]>();
  for (const r of responses) {
    const day = jakartaDate(instant(r.decided_at));
    const key = cooperationKeyText({ year: Number(day.slice(0, 4)), districtCode: r.district_code!, quarter: quarterOfDay(day) });
    responsesBy.set(key, [...(responsesBy.get(key) ?? []), r]);
  }
  return rows.map((row) => {
    const own = responsesBy.get(cooperationKeyText(row)) ?? [];
    const table = suppressSmallCells(
      totalOf(own, (r) => responseKeys.of(r.id)),
      [
        {
          dimension: 'referralDecision',
          cells: countBy(
            own,
            (r) => r.decision,
            keysOf(['ACCEPTED', 'DECLINED']),
            (r) => responseKeys.of(r.id),
          ),
        },
      ],
      k,
    );
    const days = own
      .filter((r) => r.sent_at)
      .map((r) => (instant(r.decided_at).getTime() - new Date(r.sent_at!).getTime()) / DAY_MS);
    const quarter = quarterDays(row.year, row.quarter);
    const qFrom = new Date(`${quarter.from}T00:00:00+07:00`).getTime();
    const qUntil = new Date(`${quarter.until}T00:00:00+07:00`).getTime();
    const open = cases.filter(
      (c) =>
        c.district_code === row.districtCode &&
        instant(c.opened_at).getTime() < qUntil &&
        (c.closed_at === null || instant(c.closed_at).getTime() >= qFrom),
    );
    const children = [...new Set(open.map((c) => c.client_id))];
    const services = open.flatMap((c) =>
      c.service_ids.filter((_, i) => {
        const at = instant(c.delivered[i]!).getTime();
        return at >= qFrom && at < qUntil;
      }),
    );
    const childrenCount = children.length;
    const smallPopulation = childrenCount > 0 && childrenCount < k;
    return Object.assign(new ChildProtectionCooperation(), {
      referralResponses: table.total,
      responsesByDecision: table.breakdowns[0]!,
      // Only with k responses or more, and never for a population that publishes nothing.
      medianDaysToResponse: table.total === null ? null : publishMedian(days, k),
      referredChildren: smallPopulation ? null : publishCount(childrenCount, clientKeys.cellOf(children), k),
      servicesToReferredChildren: smallPopulation ? null : publishCount(services.length, serviceKeys.cellOf(services), k),
      servicesPerReferredChild: publishRatio(services.length, childrenCount, k),
    });
  });
}

/** DP3AP2KB's part of a row; the rows of one `_entities` call are computed in one batch. */
export const CooperationQuarterResolver = cooperationPartResolver(
  'childProtection',
  ChildProtectionCooperation,
  "DP3AP2KB's part of the row: responses to Bapas referrals, median days to a response, services per referred child. Null, with AGENCY_UNAVAILABLE, when DP3AP2KB cannot be reached.",
  childProtectionQuarters,
);
