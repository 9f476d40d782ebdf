import type { TFunction } from 'i18next';
import { useTranslation } from 'react-i18next';
import { formatDecimal, todayInJakarta } from '../../format';
import { cooperationCsv } from '../../cooperation-csv';
import { districtName } from './districts';
import { labeller, roman, SourceSection, type Table } from './parts';
import {
  missingAgencies,
  toBars,
  toCooperationRows,
  type CooperationAgency,
  type CooperationQuarterIn,
  type StatBar,
} from './statistics';

/** The joint-monitoring answer the card shows (`cooperationStatistics`). */
export interface CooperationAnswer {
  year: number;
  threshold: number;
}

type Row = CooperationQuarterIn;

const AGENCY_NAME: Record<CooperationAgency, string> = {
  BAPAS: 'Bapas Kelas I Jambi',
  DP3AP2KB: 'DP3AP2KB',
  WORKSITES: 'worksites',
};

/** The agency's name in the reader's language (the work-site providers have a translated name). */
export function agencyName(t: TFunction, agency: CooperationAgency): string {
  return agency === 'WORKSITES' ? t('analyst.source.worksites') : AGENCY_NAME[agency];
}

const quarterLabel = (t: TFunction, q: Row) =>
  `${districtName(q.districtCode)} · ${t('analyst.quarterShort', { quarter: roman(q.quarter) })}`;

/** One bar per row for a single count (a total), hidden counts without their number. */
function totalBars(
  t: TFunction,
  rows: readonly Row[],
  threshold: number,
  count: (r: Row) => { count: number | null; value?: number | null; suppressed?: boolean },
): StatBar[] {
  return rows.map((q) => {
    const c = count(q);
    return {
      ...toBars(
        [{ key: 'TOTAL', label: '', count: c.count, value: c.value ?? null, suppressed: c.suppressed ?? c.count === null }],
        threshold,
      )[0]!,
      key: `${q.districtCode}-${q.quarter}`,
      label: quarterLabel(t, q),
    };
  });
}

/**
 * The joint monitoring's measures, every agency's counts, one bar per district, quarter and category
 * (never summed: adding rounded or hidden cells would invent numbers the hub did not publish). A row
 * whose agency part did not come draws no bar, and the measure says that the agency is unavailable.
 */
export function cooperationTables(t: TFunction, rows: readonly Row[], threshold: number): Table[] {
  const breakdownBars = (
    list: readonly Row[],
    pick: (q: Row) => {
      dimension: string;
      cells: readonly { key: string; label?: string; count?: number | null; suppressed: boolean }[];
    },
  ) =>
    list.flatMap((q) => {
      const b = pick(q);
      return toBars(
        b.cells.map((c) => ({ ...c, label: c.label ?? c.key })),
        threshold,
        labeller(t, 'cooperation', b.dimension),
      ).map((bar) => ({
        ...bar,
        key: `${q.districtCode}-${q.quarter}-${bar.key}`,
        label: `${quarterLabel(t, q)} · ${bar.label}`,
      }));
    });
  const missing = missingAgencies(rows);
  const notice = (agency: CooperationAgency) =>
    missing.includes(agency) ? t('analyst.unavailable', { agency: agencyName(t, agency) }) : undefined;
  const titled = (agency: CooperationAgency, measure: string) => `${agencyName(t, agency)} · ${t(`analyst.measure.${measure}`)}`;
  const withCp = rows.filter((q) => q.childProtection);
  const withWs = rows.filter((q) => q.workSites);
  const bapas: Table[] = [
    {
      id: 'cooperation-referralsSent',
      title: titled('BAPAS', 'referralsSent'),
      bars: totalBars(t, rows, threshold, (q) => ({ count: q.referralsSent ?? null })),
    },
    ...(['referralsByStatus', 'ordersByStatus', 'breachReports'] as const).map((m) => ({
      id: `cooperation-${m}`,
      title: titled('BAPAS', m),
      bars: breakdownBars(rows, (q) => q[m]),
    })),
  ];
  const cp = (m: 'referralResponses' | 'referredChildren' | 'servicesToReferredChildren'): Table => ({
    id: `cooperation-cp-${m}`,
    title: titled('DP3AP2KB', m),
    bars: totalBars(t, withCp, threshold, (q) => ({ count: q.childProtection![m] ?? null })),
    notice: notice('DP3AP2KB'),
  });
  return [
    ...bapas,
    cp('referralResponses'),
    {
      id: 'cooperation-cp-responsesByDecision',
      title: titled('DP3AP2KB', 'responsesByDecision'),
      bars: breakdownBars(withCp, (q) => q.childProtection!.responsesByDecision),
      notice: notice('DP3AP2KB'),
    },
    cp('referredChildren'),
    cp('servicesToReferredChildren'),
    {
      id: 'cooperation-ws-peopleWorking',
      title: titled('WORKSITES', 'peopleWorking'),
      hours: true,
      bars: totalBars(t, withWs, threshold, (q) => ({
        count: q.workSites!.peopleWorking ?? null,
        value: q.workSites!.hoursDelivered ?? null,
        suppressed: q.workSites!.suppressed || q.workSites!.peopleWorking === null,
      })),
      notice: notice('WORKSITES'),
    },
  ];
}

/** A median or ratio: shown with one decimal when the hub published it (k people or more), otherwise said so. */
function RatioCell({
  value,
  label,
  threshold,
  unavailable,
}: {
  value: number | null | undefined;
  label: string;
  threshold: number;
  unavailable?: string;
}) {
  const { t, i18n } = useTranslation();
  if (unavailable)
    return (
      <td data-label={label} data-unavailable="true">
        {unavailable}
      </td>
    );
  if (value === null || value === undefined)
    return (
      <td data-label={label} className="meta" data-unpublished="true">
        {t('analyst.notPublished', { k: threshold })}
      </td>
    );
  return (
    <td data-label={label} className="num">
      {formatDecimal(value, i18n.language)}
    </td>
  );
}

/** The "Pemantauan bersama (PKS)" card: the three agencies' parts, the ratios, the events and the meeting's CSV. */
export function CooperationCard({
  answer,
  rows,
  district,
  quarterKey,
  events,
}: {
  answer: CooperationAnswer;
  rows: readonly Row[];
  district: string;
  quarterKey: string;
  events: { key: string; text: string }[];
}) {
  const { t } = useTranslation();
  const tables = cooperationTables(t, rows, answer.threshold);
  const missing = missingAgencies(rows);
  const unavailable = (agency: CooperationAgency) => t('analyst.unavailable', { agency: agencyName(t, agency) });
  const download = () => {
    const { csv } = cooperationCsv(toCooperationRows(answer.year, rows, answer.threshold));
    const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `pemantauan-bersama-${answer.year}-${district || 'jambi'}-${todayInJakarta()}.csv`;
    a.click();
    URL.revokeObjectURL(url);
  };
  const median = t('analyst.measure.medianDaysToResponse');
  const perChild = t('analyst.measure.servicesPerReferredChild');
  return (
    <SourceSection
      key={quarterKey}
      intro={t('analyst.introCooperation', { year: answer.year })}
      tables={tables}
      threshold={answer.threshold}
      figures={
        <>
          {rows.length === 0 ? <p className="empty">{t('analyst.noQuarters')}</p> : null}
          {missing.length > 0 ? (
            <ul className="plain alert-error" role="status" data-missing-agencies={missing.join(' ')}>
              {missing.map((a) => (
                <li key={a}>{unavailable(a)}</li>
              ))}
            </ul>
          ) : null}
        </>
      }
    >
      <div className="cooperation-csv">
        <button type="button" onClick={download} disabled={rows.length === 0}>
          {t('analyst.exportCooperation')}
        </button>
        {missing.length > 0 ? (
          <p className="meta">{t('analyst.csvMissing', { agencies: missing.map((a) => agencyName(t, a)).join(', ') })}</p>
        ) : null}
      </div>
      {rows.length > 0 ? (
        <table className="table ratio-table" data-table="cooperation-ratios">
          <caption>{t('analyst.ratios', { k: answer.threshold })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('analyst.quarter')}</th>
              <th scope="col">{median}</th>
              <th scope="col">{perChild}</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((q) => {
              const cp = q.childProtection;
              const gone = cp ? undefined : unavailable('DP3AP2KB');
              return (
                <tr key={`${q.districtCode}-${q.quarter}`}>
                  <th scope="row">{quarterLabel(t, q)}</th>
                  <RatioCell value={cp?.medianDaysToResponse} label={median} threshold={answer.threshold} unavailable={gone} />
                  <RatioCell
                    value={cp?.servicesPerReferredChild}
                    label={perChild}
                    threshold={answer.threshold}
                    unavailable={gone}
                  />
                </tr>
              );
            })}
          </tbody>
        </table>
      ) : null}
      {events.length > 0 ? (
        <div data-exact="true">
          <h3>{t('analyst.events')}</h3>
          <p className="meta">{t('analyst.eventsNote')}</p>
          <ul className="plain">
            {events.map((e) => (
              <li key={e.key}>{e.text}</li>
            ))}
          </ul>
        </div>
      ) : null}
    </SourceSection>
  );
}
