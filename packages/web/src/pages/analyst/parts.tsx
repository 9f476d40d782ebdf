import { lazy, Suspense, useId, useState, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { formatNumber } from '../../format';
import { Loading } from '../../components/ui';
import { countText, toBars, type CellLike, type StatBar } from './statistics';

// The chart library is loaded with the first chart, never with the app's first page.
const BarChart = lazy(() => import('./BarChart'));

/** Quarters are written in Roman numerals (*triwulan I*), as Indonesian reports do. */
export const roman = (q: number): string => ['I', 'II', 'III', 'IV'][q - 1] ?? String(q);

/** The agencies' statistics an analyst reads, and the joint monitoring of the agreement. */
export type Source = 'corrections' | 'childProtection' | 'worksites' | 'cooperation';

/** One table of a source: its title and its bars (hidden cells without a number). */
export interface Table {
  id: string;
  title: string;
  bars: StatBar[];
  /** The cells carry hours (work sites). */
  hours?: boolean;
  /** Said above the chart: an agency whose part did not come (never drawn as zeros). */
  notice?: string;
}

export interface BreakdownLike {
  dimension: string;
  cells: readonly CellLike[];
}

// The hub labels enum cells with their codes; the dashboard says them in the reader's language.
const LABEL_KEYS: Record<Source, Record<string, string>> = {
  corrections: { category: 'category', status: 'clientStatus', ageBand: 'ageBand', sex: 'sex' },
  childProtection: {
    childRole: 'analyst.childRole',
    violenceType: 'analyst.violenceType',
    riskLevel: 'analyst.riskLevel',
    status: 'protectionStatus',
    ageBand: 'ageBand',
  },
  worksites: { siteKind: 'siteKind' },
  cooperation: {
    referralStatus: 'referralStatus',
    orderStatus: 'orderStatus',
    breachOutcome: 'analyst.breachOutcome',
    capacityBuilding: 'analyst.eventKind',
    referralDecision: 'decision',
  },
};

export function labeller(t: TFunction, source: Source, dimension: string) {
  const ns = LABEL_KEYS[source][dimension];
  return (cell: CellLike) => (ns ? t(`${ns}.${cell.key}`, { defaultValue: cell.label }) : cell.label);
}

export function tableOf(t: TFunction, source: Source, breakdown: BreakdownLike, threshold: number, hours = false): Table {
  return {
    id: `${source}-${breakdown.dimension}`,
    title: t(`analyst.dimension.${source}.${breakdown.dimension}`, { defaultValue: breakdown.dimension }),
    bars: toBars(breakdown.cells, threshold, labeller(t, source, breakdown.dimension)),
    hours,
  };
}

/** A count in a table cell: the number, or "< k" with the reason for screen readers. */
function CountCell({ bar, threshold, label }: { bar: StatBar; threshold: number; label: string }) {
  const { t, i18n } = useTranslation();
  if (bar.suppressed)
    return (
      <td data-label={label} data-suppressed="true" className="num">
        <span className="suppressed">{countText(bar, threshold)}</span>
        <span className="sr-only"> ({t('analyst.hidden')})</span>
      </td>
    );
  return (
    <td data-label={label} className="num">
      {countText(bar, threshold, (n) => formatNumber(n, i18n.language))}
    </td>
  );
}

/** A table as a chart (loaded on demand) and the same numbers as a table. */
export function ChartAndTable({ table, threshold }: { table: Table; threshold: number }) {
  const { t, i18n } = useTranslation();
  const format = (n: number) => formatNumber(n, i18n.language);
  return (
    <div className="stat-view">
      <figure className="stat-figure">
        <Suspense fallback={<Loading />}>
          <BarChart
            id={table.id}
            title={table.title}
            bars={table.bars}
            threshold={threshold}
            formatCount={format}
            hiddenWord={t('analyst.hidden')}
          />
        </Suspense>
        <figcaption className="meta">{table.title}</figcaption>
      </figure>
      <table className="table stat-table" data-table={table.id}>
        <caption className="sr-only">{table.title}</caption>
        <thead>
          <tr>
            <th scope="col">{t('analyst.category')}</th>
            <th scope="col" className="num">
              {t('analyst.count')}
            </th>
            {table.hours ? (
              <th scope="col" className="num">
                {t('analyst.hours')}
              </th>
            ) : null}
          </tr>
        </thead>
        <tbody>
          {table.bars.map((b) => (
            <tr key={b.key}>
              <th scope="row">{b.label}</th>
              <CountCell bar={b} threshold={threshold} label={t('analyst.count')} />
              {table.hours ? (
                <td data-label={t('analyst.hours')} className="num">
                  {b.suppressed || b.value === null ? (
                    <span className="meta" title={t('analyst.hoursHidden')}>
                      –<span className="sr-only"> {t('analyst.hoursHidden')}</span>
                    </span>
                  ) : (
                    format(b.value)
                  )}
                </td>
              ) : null}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

/** One agency's statistics: key figures, the breakdown the reader picks (the category filter), chart and table. */
export function SourceSection({
  intro,
  figures,
  tables,
  threshold,
  children,
}: {
  intro: string;
  figures: ReactNode;
  tables: Table[];
  threshold: number;
  children?: ReactNode;
}) {
  const { t } = useTranslation();
  const selectId = useId();
  const [chosen, setChosen] = useState(tables[0]?.id ?? '');
  const table = tables.find((x) => x.id === chosen) ?? tables[0];
  return (
    <>
      <p className="meta">{intro}</p>
      {figures}
      <label htmlFor={selectId}>{t('analyst.breakdownBy')}</label>
      <select id={selectId} value={table?.id ?? ''} onChange={(e) => setChosen(e.target.value)}>
        {tables.map((x) => (
          <option key={x.id} value={x.id}>
            {x.title}
          </option>
        ))}
      </select>
      {table?.notice ? (
        <p className="notice unavailable" role="status" data-unavailable="true">
          {table.notice}
        </p>
      ) : null}
      {table && table.bars.length > 0 ? <ChartAndTable table={table} threshold={threshold} /> : null}
      {children}
    </>
  );
}

export function Figure({ label, children, exact }: { label: string; children: ReactNode; exact?: boolean }) {
  return (
    <div className="stat-figure-item" {...(exact ? { 'data-exact': 'true' } : { 'data-people': 'true' })}>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}
