import { describe, expect, it } from 'vitest';
import { cooperationCsv, type CooperationRow } from './cooperation-csv';

const cells = (dimension: string, ...c: Array<[string, number | null]>) => ({
  dimension,
  cells: c.map(([key, count]) => ({ key, count, suppressed: count === null })),
});

const row = (quarter: number, parts: Partial<CooperationRow> = {}): CooperationRow => ({
  year: 2026,
  quarter,
  district: { code: '1507' },
  referralsSent: 5,
  referralsByStatus: cells('referralStatus', ['OPEN', null], ['CLOSED', 0]),
  ordersByOutcome: cells('orderOutcome', ['COMPLETED_ON_TIME', 10]),
  breachReports: cells('breachOutcome', ['FILED', 0]),
  capacityBuilding: { dimension: 'capacityBuilding', cells: [{ key: 'TRAINING', count: 1, value: 30, suppressed: false }] },
  childProtection: {
    referralResponses: 5,
    responsesByDecision: cells('referralDecision', ['ACCEPTED', 5], ['DECLINED', null]),
    medianDaysToResponse: 2.5,
    referredChildren: null,
    servicesToReferredChildren: null,
    servicesPerReferredChild: null,
  },
  workSites: { peopleWorking: 5, hoursDelivered: 290, suppressed: false },
  ...parts,
});

describe("the joint monitoring's CSV for the evaluation meeting", () => {
  it('writes one line per row, agency, measure and category, suppressed counts empty', () => {
    const { csv, missingAgencies } = cooperationCsv([row(4)]);
    const lines = csv.replace('\uFEFF', '').trim().split('\r\n');
    expect(lines[0]).toBe('year,district_code,quarter,agency,measure,category,count,suppressed,value');
    expect(lines).toContain('2026,1507,4,BAPAS,referralStatus,OPEN,,true,');
    expect(lines).toContain('2026,1507,4,BAPAS,capacityBuilding,TRAINING,1,false,30');
    expect(lines).toContain('2026,1507,4,DP3AP2KB,medianDaysToResponse,VALUE,,false,2.5');
    expect(lines).toContain('2026,1507,4,DP3AP2KB,servicesPerReferredChild,VALUE,,true,');
    expect(lines).toContain('2026,1507,4,WORKSITES,peopleWorking,TOTAL,5,false,290');
    expect(missingAgencies).toEqual([]);
  });

  it('never writes an unavailable agency as zeros: its lines are left out and the agency is named', () => {
    const { csv, missingAgencies } = cooperationCsv([row(1, { childProtection: null }), row(2, { workSites: null })]);
    expect(csv).not.toMatch(/,1,DP3AP2KB,/);
    expect(csv).toMatch(/,2,DP3AP2KB,/);
    expect(csv).not.toMatch(/,2,WORKSITES,/);
    expect(missingAgencies.sort()).toEqual(['DP3AP2KB', 'WORKSITES']);
  });
});
