import { listSql, offlineOrm, testViewer as viewer } from '@hub/testing';
import type { MikroORM } from '@mikro-orm/postgresql';
import { entities } from '../entities';
import { breachScope, isSupervisingProsecutor } from './breach.access';
import { BreachReport } from './breach.entity';

let orm: MikroORM;
beforeAll(async () => (orm = await offlineOrm(entities)));
afterAll(() => orm.close());

// A report filed in 1507 on an order of a client assigned to PK "a".
const report = { districtCode: '1507', orderClientOfficerId: 'a' };

describe('the breach report scope, list and single report', () => {
  it('gives the head every report', () => {
    expect(breachScope.where(viewer(['BAPAS_HEAD']), orm.em)).toEqual({});
    expect(breachScope.allows(viewer(['BAPAS_HEAD']), { districtCode: '1571', orderClientOfficerId: null })).toBe(true);
  });

  it("gives the prosecutor their districts' reports: the inbox", () => {
    const prosecutor = viewer(['PROSECUTOR'], { agency: 'KEJAKSAAN' });
    expect(listSql(orm, BreachReport, breachScope, prosecutor)).toContain(`where "r"."district_code" in ('1507')`);
    expect(breachScope.allows(prosecutor, report)).toBe(true);
    expect(breachScope.allows(prosecutor, { ...report, districtCode: '1571' })).toBe(false);
  });

  it('gives a PK the reports on orders of assigned clients, through the order and the client (one statement)', () => {
    const pk = viewer(['PK_OFFICER'], { officerId: 'a' });
    expect(listSql(orm, BreachReport, breachScope, pk)).toMatch(
      /where "r"\."order_id" in \(select "scope\d+"\."id" from "community_service_order" as "scope\d+" where "scope\d+"\."client_id" in \(select "scope\d+"\."id" from "client" as "scope\d+" where "scope\d+"\."officer_id" = 'a'\)\)/,
    );
    expect(breachScope.allows(pk, report)).toBe(true);
    expect(breachScope.allows(viewer(['PK_OFFICER'], { officerId: 'b' }), report)).toBe(false);
  });

  it('gives the registrar, DP3AP2KB, work-site staff, analysts and auditors none', () => {
    for (const role of ['BAPAS_REGISTRAR', 'CASE_MANAGER', 'SITE_SUPERVISOR', 'ANALYST', 'AUDITOR'] as const) {
      expect(breachScope.where(viewer([role]), orm.em)).toBeNull();
      expect(breachScope.allows(viewer([role]), report)).toBe(false);
    }
  });

  it('lets only the prosecutor of the district decide a report', () => {
    expect(isSupervisingProsecutor(viewer(['PROSECUTOR']), '1507')).toBe(true);
    expect(isSupervisingProsecutor(viewer(['PROSECUTOR']), '1571')).toBe(false);
    expect(isSupervisingProsecutor(viewer(['BAPAS_HEAD']), '1507')).toBe(false);
  });
});
