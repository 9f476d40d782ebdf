import { lazy, Suspense, useId, useMemo, useState, type ReactNode } from 'react';
import { useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { formatNumber, todayInJakarta } from '../../format';
import { Loading, QueryError } from '../../components/ui';
import { districtName, JAMBI_DISTRICTS } from './districts';
import './analyst.css';
import {
  AnalystChildProtectionStatistics,
  AnalystCooperationStatistics,
  AnalystCorrectionsStatistics,
  AnalystWorkSiteStatistics,
} from './queries';
import {
  countText,
  csvLines,
  filterQuarters,
  statisticsCsv,
  toBars,
  totalText,
  type CellLike,
  type CsvLine,
  type Quarter,
  type StatBar,
} from './statistics';

// The chart library is loaded with the first chart, never with the app's first page.
const BarChart = lazy(() => import('./BarChart'));

/** Quarters are written in Roman numerals (*triwulan I*), as Indonesian reports do. */
const roman = (q: number): string => ['I', 'II', 'III', 'IV'][q - 1] ?? String(q);

/** The agencies' statistics an analyst reads, and the joint monitoring of the agreement. */
type Source = 'corrections' | 'childProtection' | 'worksites' | 'cooperation';

/** One table of a source: its title and its bars (hidden cells without a number). */
interface Table {
  id: string;
  title: string;
  bars: StatBar[];
  /** The cells carry hours (work sites). */
  hours?: boolean;
}

interface BreakdownLike {
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
  },
};

function labeller(t: TFunction, source: Source, dimension: string) {
  const ns = LABEL_KEYS[source][dimension];
  return (cell: CellLike) => (ns ? t(`${ns}.${cell.key}`, { defaultValue: cell.label }) : cell.label);
}

function tableOf(t: TFunction, source: Source, breakdown: BreakdownLike, threshold: number, hours = false): Table {
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
function ChartAndTable({ table, threshold }: { table: Table; threshold: number }) {
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
function SourceSection({
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
      {table && table.bars.length > 0 ? <ChartAndTable table={table} threshold={threshold} /> : null}
      {children}
    </>
  );
}

function Figure({ label, children, exact }: { label: string; children: ReactNode; exact?: boolean }) {
  return (
    <div className="stat-figure-item" {...(exact ? { 'data-exact': 'true' } : { 'data-people': 'true' })}>
      <dt>{label}</dt>
      <dd>{children}</dd>
    </div>
  );
}

/** The analyst's page: the three agencies' statistics and the joint monitoring, filtered, with a CSV. */
export default function Analyst() {
  const { t, i18n } = useTranslation();
  const lang = i18n.language;
  const format = (n: number) => formatNumber(n, lang);
  const thisYear = Number(todayInJakarta().slice(0, 4));
  const [district, setDistrict] = useState('');
  const [year, setYear] = useState(thisYear);
  const [quarter, setQuarter] = useState<Quarter | null>(null);
  const filter = useMemo(() => (district ? { districtCode: district } : null), [district]);

  const [corrections] = useQuery({ query: AnalystCorrectionsStatistics, variables: { filter } });
  const [protection] = useQuery({ query: AnalystChildProtectionStatistics, variables: { filter } });
  const [worksites] = useQuery({ query: AnalystWorkSiteStatistics, variables: { filter } });
  const [cooperation] = useQuery({
    query: AnalystCooperationStatistics,
    variables: { year, districtCode: district || null },
  });

  const c = corrections.data?.correctionsStatistics;
  const p = protection.data?.childProtectionStatistics;
  const w = worksites.data?.workSiteStatistics;
  const co = cooperation.data?.cooperationStatistics;

  const correctionsTables = c
    ? [c.byDistrict, c.byCategory, c.byStatus, c.byAgeBand, c.bySex].map((b) => tableOf(t, 'corrections', b, c.threshold))
    : [];
  const protectionTables = p
    ? [p.byChildRole, p.byViolenceType, p.byRiskLevel, p.byStatus, p.byDistrict, p.byAgeBand].map((b) =>
        tableOf(t, 'childProtection', b, p.threshold),
      )
    : [];
  const worksiteTables = w ? [w.bySiteKind, w.byDistrict].map((b) => tableOf(t, 'worksites', b, w.threshold, true)) : [];
  const quarters = co ? filterQuarters(co.quarters, district || null, quarter) : [];
  const quarterLabel = (q: { districtCode: string; quarter: number }) =>
    `${districtName(q.districtCode)} · ${t('analyst.quarterShort', { quarter: roman(q.quarter) })}`;
  // The joint monitoring: per measure, one bar per district, quarter and category (never summed:
  // adding rounded or hidden cells would invent numbers the hub did not publish).
  const measures = co
    ? (['referralsByStatus', 'ordersByStatus', 'breachReports'] as const).map((m) => ({
        id: `cooperation-${m}`,
        title: t(`analyst.measure.${m}`),
        bars: quarters.flatMap((q) =>
          toBars(q[m].cells, co.threshold, labeller(t, 'cooperation', q[m].dimension)).map((b) => ({
            ...b,
            key: `${q.districtCode}-${q.quarter}-${b.key}`,
            label: `${quarterLabel(q)} · ${b.label}`,
          })),
        ),
      }))
    : [];
  const referralsSent: Table | null = co
    ? {
        id: 'cooperation-referralsSent',
        title: t('analyst.measure.referralsSent'),
        bars: quarters.map((q) => ({
          ...toBars(
            [{ key: 'TOTAL', label: '', count: q.referralsSent, suppressed: q.referralsSent === null }],
            co.threshold,
          )[0]!,
          key: `${q.districtCode}-${q.quarter}`,
          label: quarterLabel(q),
        })),
      }
    : null;

  const districtLabel = district ? districtName(district) : t('analyst.allDistricts');
  const now = t('analyst.csv.now');
  const exportCsv = () => {
    const lines: CsvLine[] = [];
    const add = (source: string, threshold: number, tables: Table[], totals: { title: string; bar: StatBar }[]) => {
      for (const x of totals)
        lines.push(...csvLines({ source, table: x.title, district: districtLabel, period: now }, [x.bar], threshold));
      for (const x of tables)
        lines.push(...csvLines({ source, table: x.title, district: districtLabel, period: now }, x.bars, threshold));
    };
    const total = (label: string, count: number | null | undefined, suppressed: boolean, threshold: number) => ({
      title: label,
      bar: toBars([{ key: 'TOTAL', label: t('analyst.total'), count, suppressed }], threshold)[0]!,
    });
    if (c)
      add(t('analyst.source.corrections'), c.threshold, correctionsTables, [
        total(t('analyst.total'), c.total, c.totalSuppressed, c.threshold),
      ]);
    if (p)
      add(t('analyst.source.childProtection'), p.threshold, protectionTables, [
        total(t('analyst.total'), p.total, p.totalSuppressed, p.threshold),
      ]);
    if (w)
      add(t('analyst.source.worksites'), w.threshold, worksiteTables, [
        total(t('analyst.placements'), w.placements, w.placementsSuppressed, w.threshold),
        total(t('analyst.capacityInUse'), w.capacityInUse, w.capacityInUse === null, w.threshold),
      ]);
    if (co)
      for (const q of quarters) {
        const context = {
          source: t('analyst.source.cooperation'),
          district: districtName(q.districtCode),
          period: `${co.year} ${t('analyst.quarterShort', { quarter: roman(q.quarter) })}`,
        };
        lines.push(
          ...csvLines(
            { ...context, table: t('analyst.measure.referralsSent') },
            toBars(
              [{ key: 'TOTAL', label: t('analyst.total'), count: q.referralsSent, suppressed: q.referralsSent === null }],
              co.threshold,
            ),
            co.threshold,
          ),
        );
        for (const m of ['referralsByStatus', 'ordersByStatus', 'breachReports'] as const)
          lines.push(
            ...csvLines(
              { ...context, table: t(`analyst.measure.${m}`) },
              toBars(q[m].cells, co.threshold, labeller(t, 'cooperation', q[m].dimension)),
              co.threshold,
            ),
          );
      }
    const csv = statisticsCsv(
      ['source', 'table', 'key', 'label', 'count', 'hours', 'district', 'period'].map((h) => t(`analyst.csv.${h}`)),
      lines,
    );
    const url = URL.createObjectURL(new Blob([csv], { type: 'text/csv;charset=utf-8' }));
    const a = document.createElement('a');
    a.href = url;
    a.download = `statistik-abh-${district || 'jambi'}-${todayInJakarta()}.csv`;
    a.click();
    URL.revokeObjectURL(url);
  };

  const years: number[] = [];
  for (let y = thisYear; y >= 2025; y -= 1) years.push(y);
  const loading = [corrections, protection, worksites, cooperation].some((r) => r.fetching && !r.data);
  const events = co
    ? quarters.flatMap((q) =>
        q.capacityBuilding.cells
          .filter((cell) => (cell.count ?? 0) > 0)
          .map((cell) => ({
            key: `${q.districtCode}-${q.quarter}-${cell.key}`,
            text: t('analyst.eventLine', {
              where: quarterLabel(q),
              kind: labeller(t, 'cooperation', 'capacityBuilding')(cell),
              events: format(cell.count ?? 0),
              participants: format(cell.value ?? 0),
            }),
          })),
      )
    : [];

  return (
    <section className="analyst" data-state={loading ? 'loading' : 'ready'} data-district={district}>
      <h1>{t('analyst.title')}</h1>
      <p className="meta">{t('analyst.intro', { k: c?.threshold ?? w?.threshold ?? 5 })}</p>
      <form className="filters stat-filters" role="search" aria-label={t('analyst.filters')} onSubmit={(e) => e.preventDefault()}>
        <label>
          {t('analyst.district')}
          <select value={district} onChange={(e) => setDistrict(e.target.value)}>
            <option value="">{t('analyst.allDistricts')}</option>
            {JAMBI_DISTRICTS.map((d) => (
              <option key={d.code} value={d.code}>
                {d.name}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('analyst.year')}
          <select value={year} onChange={(e) => setYear(Number(e.target.value))}>
            {years.map((y) => (
              <option key={y} value={y}>
                {y}
              </option>
            ))}
          </select>
        </label>
        <label>
          {t('analyst.quarter')}
          <select value={quarter ?? ''} onChange={(e) => setQuarter(e.target.value ? (Number(e.target.value) as Quarter) : null)}>
            <option value="">{t('analyst.allQuarters')}</option>
            {([1, 2, 3, 4] as const).map((q) => (
              <option key={q} value={q}>
                {t('analyst.quarterLong', { quarter: roman(q) })}
              </option>
            ))}
          </select>
        </label>
        <button type="button" className="primary" onClick={exportCsv} disabled={loading}>
          {t('analyst.export')}
        </button>
      </form>
      <p className="meta">{t('analyst.periodNote')}</p>
      {loading ? <Loading /> : null}

      <div className="grid stat-grid">
        <article className="card" aria-labelledby="stat-corrections">
          <h2 id="stat-corrections">{t('analyst.source.corrections')}</h2>
          {c ? (
            <SourceSection
              intro={t('analyst.introCorrections')}
              tables={correctionsTables}
              threshold={c.threshold}
              figures={
                <dl className="stat-figures">
                  <Figure label={t('analyst.clients')}>{totalText(c.total, c.totalSuppressed, c.threshold, format)}</Figure>
                </dl>
              }
            />
          ) : (
            <QueryError error={corrections.error} />
          )}
        </article>

        <article className="card" aria-labelledby="stat-protection">
          <h2 id="stat-protection">{t('analyst.source.childProtection')}</h2>
          {p ? (
            <SourceSection
              intro={t('analyst.introChildProtection')}
              tables={protectionTables}
              threshold={p.threshold}
              figures={
                <dl className="stat-figures">
                  <Figure label={t('analyst.cases')}>{totalText(p.total, p.totalSuppressed, p.threshold, format)}</Figure>
                </dl>
              }
            />
          ) : (
            <QueryError error={protection.error} />
          )}
        </article>

        <article className="card" aria-labelledby="stat-worksites">
          <h2 id="stat-worksites">{t('analyst.source.worksites')}</h2>
          {w ? (
            <SourceSection
              intro={t('analyst.introWorksites')}
              tables={worksiteTables}
              threshold={w.threshold}
              figures={
                <dl className="stat-figures">
                  <Figure label={t('analyst.placements')}>
                    {totalText(w.placements, w.placementsSuppressed, w.threshold, format)}
                  </Figure>
                  <Figure label={t('analyst.capacityInUse')}>
                    {totalText(w.capacityInUse, w.capacityInUse === null, w.threshold, format)}
                  </Figure>
                  <Figure label={t('analyst.activeSites')} exact>
                    {format(w.activeSites)}
                  </Figure>
                  <Figure label={t('analyst.capacity')} exact>
                    {format(w.capacity)}
                  </Figure>
                </dl>
              }
            />
          ) : (
            <QueryError error={worksites.error} />
          )}
        </article>

        <article className="card" aria-labelledby="stat-cooperation">
          <h2 id="stat-cooperation">{t('analyst.source.cooperation')}</h2>
          {co && referralsSent ? (
            <SourceSection
              key={`${year}-${district}-${quarter ?? ''}`}
              intro={t('analyst.introCooperation', { year: co.year })}
              tables={[referralsSent, ...measures]}
              threshold={co.threshold}
              figures={quarters.length === 0 ? <p className="empty">{t('analyst.noQuarters')}</p> : null}
            >
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
          ) : (
            <QueryError error={cooperation.error} />
          )}
        </article>
      </div>
    </section>
  );
}
