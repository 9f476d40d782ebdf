import { useMemo, useState } from 'react';
import { useQuery } from 'urql';
import { useTranslation } from 'react-i18next';
import { formatNumber, todayInJakarta } from '../../format';
import { Loading, QueryError } from '../../components/ui';
import { useAuth } from '../../auth';
import { CooperationCard, cooperationTables } from './CooperationCard';
import { Figure, labeller, roman, SourceSection, tableOf, type Table } from './parts';
import { districtName } from './districts';
import { DistrictOptions } from './DistrictOptions';
import './analyst.css';
import {
  AnalystChildProtectionStatistics,
  AnalystCooperationStatistics,
  AnalystCorrectionsStatistics,
  AnalystWorkSiteStatistics,
} from './queries';
import {
  csvLines,
  filterQuarters,
  statisticsCardsFor,
  statisticsCsv,
  toBars,
  totalText,
  type CsvLine,
  type Quarter,
  type StatBar,
} from './statistics';

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

  // Only what the reader may read is asked for (the subgraphs refuse the rest anyway): an analyst
  // sees every card, the head of Bapas and DP3AP2KB's case manager their own and the joint monitoring.
  const { session } = useAuth();
  const cards = statisticsCardsFor(session?.roles ?? []);
  const [corrections] = useQuery({ query: AnalystCorrectionsStatistics, variables: { filter }, pause: !cards.corrections });
  const [protection] = useQuery({
    query: AnalystChildProtectionStatistics,
    variables: { filter },
    pause: !cards.childProtection,
  });
  const [worksites] = useQuery({ query: AnalystWorkSiteStatistics, variables: { filter }, pause: !cards.worksites });
  const [cooperation] = useQuery({
    query: AnalystCooperationStatistics,
    variables: { year, districtCode: district || null },
    pause: !cards.cooperation,
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
      // Every agency's counts of the joint monitoring, as the card shows them (a missing part has no lines).
      for (const table of cooperationTables(t, quarters, co.threshold))
        lines.push(
          ...csvLines(
            { source: t('analyst.source.cooperation'), table: table.title, district: districtLabel, period: String(co.year) },
            table.bars,
            co.threshold,
          ),
        );
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
      <p className="meta">{t('analyst.intro', { k: c?.threshold ?? p?.threshold ?? w?.threshold ?? co?.threshold ?? 5 })}</p>
      <form className="filters stat-filters" role="search" aria-label={t('analyst.filters')} onSubmit={(e) => e.preventDefault()}>
        <label>
          {t('analyst.district')}
          <select value={district} onChange={(e) => setDistrict(e.target.value)}>
            <option value="">{t('analyst.allDistricts')}</option>
            <DistrictOptions />
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
        {cards.corrections ? (
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
        ) : null}

        {cards.childProtection ? (
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
        ) : null}

        {cards.worksites ? (
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
        ) : null}

        {cards.cooperation ? (
          <article className="card" aria-labelledby="stat-cooperation" id="pemantauan-bersama">
            <h2 id="stat-cooperation">{t('analyst.source.cooperation')}</h2>
            {co ? (
              <CooperationCard
                answer={co}
                rows={quarters}
                district={district}
                quarterKey={`${year}-${district}-${quarter ?? ''}`}
                events={events}
              />
            ) : (
              <QueryError error={cooperation.error} />
            )}
          </article>
        ) : null}
      </div>
    </section>
  );
}
