import { listSql, offlineOrm, testViewer as viewer } from '@hub/testing';
import type { MikroORM } from '@mikro-orm/postgresql';
import { entities } from '../entities';
import { canManageSites, siteScope } from './site.access';
import { WorkSite } from './site.entity';

let orm: MikroORM;
beforeAll(async () => (orm = await offlineOrm(entities)));
afterAll(() => orm.close());

const site = { providerId: 'prov1' };

describe('the site scope, list and single site', () => {
  it('shows the whole catalogue to Bapas case staff and the prosecutor', () => {
    for (const role of ['BAPAS_HEAD', 'PK_OFFICER', 'PROSECUTOR'] as const) {
      expect(siteScope.where(viewer([role]), orm.em)).toEqual({});
      expect(siteScope.allows(viewer([role]), site)).toBe(true);
    }
  });

  it("shows a provider's staff their own provider's sites and no other", () => {
    for (const role of ['PROVIDER_ADMIN', 'SITE_SUPERVISOR'] as const) {
      const staff = viewer([role], { agency: 'WORKSITE_PROVIDER', providerId: 'prov1' });
      expect(listSql(orm, WorkSite, siteScope, staff)).toContain(`where "r"."provider_id" = 'prov1'`);
      expect(siteScope.allows(staff, site)).toBe(true);
      expect(siteScope.allows(staff, { providerId: 'prov2' })).toBe(false);
    }
  });

  it('shows nothing to staff without a provider, analysts, auditors, the registrar or DP3AP2KB', () => {
    for (const v of [
      viewer(['SITE_SUPERVISOR']),
      viewer(['ANALYST']),
      viewer(['AUDITOR']),
      viewer(['BAPAS_REGISTRAR']),
      viewer(['CASE_MANAGER'], { agency: 'DP3AP2KB' }),
    ]) {
      expect(siteScope.where(v, orm.em)).toBeNull();
      expect(siteScope.allows(v, site)).toBe(false);
    }
  });
});

describe('who manages sites', () => {
  it("is the head of Bapas, or the provider's own admin, never a supervisor", () => {
    expect(canManageSites(viewer(['BAPAS_HEAD']), 'prov1')).toBe(true);
    expect(canManageSites(viewer(['PROVIDER_ADMIN'], { providerId: 'prov1' }), 'prov1')).toBe(true);
    expect(canManageSites(viewer(['PROVIDER_ADMIN'], { providerId: 'prov2' }), 'prov1')).toBe(false);
    expect(canManageSites(viewer(['SITE_SUPERVISOR'], { providerId: 'prov1' }), 'prov1')).toBe(false);
  });
});
