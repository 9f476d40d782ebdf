import { listSql, offlineOrm, testViewer as viewer } from '@hub/testing';
import type { MikroORM } from '@mikro-orm/postgresql';
import { entities } from '../entities';
import { canRecordAttendance } from '../attendance/attendance.access';
import { canManagePlacement, placementScope } from './placement.access';
import { Placement } from './placement.entity';

let orm: MikroORM;
beforeAll(async () => (orm = await offlineOrm(entities)));
afterAll(() => orm.close());

// Placed by PK "a", an order of district 1507, at a site of provider "prov1".
const placement = { officerId: 'a', orderDistrictCode: '1507', siteProviderId: 'prov1' };

describe('the placement scope, list and single placement', () => {
  it('shows the head of Bapas every placement', () => {
    expect(placementScope.where(viewer(['BAPAS_HEAD']), orm.em)).toEqual({});
    expect(placementScope.allows(viewer(['BAPAS_HEAD']), { ...placement, officerId: 'z', orderDistrictCode: '1571' })).toBe(true);
  });

  it('shows a PK the placements they placed, and not another PK', () => {
    const pk = viewer(['PK_OFFICER'], { officerId: 'a' });
    expect(listSql(orm, Placement, placementScope, pk)).toContain(`where "r"."officer_id" = 'a'`);
    expect(placementScope.allows(pk, placement)).toBe(true);
    expect(placementScope.allows(viewer(['PK_OFFICER'], { officerId: 'b' }), placement)).toBe(false);
    expect(placementScope.where(viewer(['PK_OFFICER']), orm.em)).toBeNull();
  });

  it("shows the prosecutor the placements of orders in their districts (KUHP Art. 85(8)), by the order's district", () => {
    const prosecutor = viewer(['PROSECUTOR'], { agency: 'KEJAKSAAN' });
    expect(listSql(orm, Placement, placementScope, prosecutor)).toContain(`where "r"."order_district_code" in ('1507')`);
    expect(placementScope.allows(prosecutor, placement)).toBe(true);
    expect(placementScope.allows(prosecutor, { ...placement, orderDistrictCode: '1571' })).toBe(false);
  });

  it("shows a provider's staff the placements at their own sites, through the site (a subquery for lists)", () => {
    for (const role of ['PROVIDER_ADMIN', 'SITE_SUPERVISOR'] as const) {
      const staff = viewer([role], { agency: 'WORKSITE_PROVIDER', providerId: 'prov1' });
      expect(listSql(orm, Placement, placementScope, staff)).toMatch(
        /where "r"\."site_id" in \(select "scope\d+"\."id" from "work_site" as "scope\d+" where "scope\d+"\."provider_id" = 'prov1'\)/,
      );
      expect(placementScope.reads(staff)).toEqual(['siteProviderId']);
      expect(placementScope.allows(staff, placement)).toBe(true);
      expect(placementScope.allows(staff, { ...placement, siteProviderId: 'prov2' })).toBe(false);
      expect(placementScope.allows(staff, { ...placement, siteProviderId: null })).toBe(false);
    }
  });

  it('shows nothing to analysts, auditors, the registrar or DP3AP2KB staff', () => {
    for (const v of [viewer(['ANALYST']), viewer(['AUDITOR']), viewer(['BAPAS_REGISTRAR']), viewer(['CASE_MANAGER'])]) {
      expect(placementScope.where(v, orm.em)).toBeNull();
      expect(placementScope.allows(v, placement)).toBe(false);
    }
  });
});

describe('who acts on a placement', () => {
  it('lets the head and the placing PK end it, nobody else', () => {
    expect(canManagePlacement(viewer(['BAPAS_HEAD']), placement)).toBe(true);
    expect(canManagePlacement(viewer(['PK_OFFICER'], { officerId: 'a' }), placement)).toBe(true);
    expect(canManagePlacement(viewer(['PK_OFFICER'], { officerId: 'b' }), placement)).toBe(false);
    expect(canManagePlacement(viewer(['PROSECUTOR']), placement)).toBe(false);
  });

  it("lets the head, the PK and a supervisor of the site's provider record attendance, not its admin", () => {
    expect(canRecordAttendance(viewer(['BAPAS_HEAD']), placement, 'prov1')).toBe(true);
    expect(canRecordAttendance(viewer(['PK_OFFICER'], { officerId: 'a' }), placement, 'prov1')).toBe(true);
    expect(canRecordAttendance(viewer(['SITE_SUPERVISOR'], { providerId: 'prov1' }), placement, 'prov1')).toBe(true);
    expect(canRecordAttendance(viewer(['SITE_SUPERVISOR'], { providerId: 'prov2' }), placement, 'prov1')).toBe(false);
    expect(canRecordAttendance(viewer(['PROVIDER_ADMIN'], { providerId: 'prov1' }), placement, 'prov1')).toBe(false);
    expect(canRecordAttendance(viewer(['PROSECUTOR']), placement, 'prov1')).toBe(false);
  });
});
