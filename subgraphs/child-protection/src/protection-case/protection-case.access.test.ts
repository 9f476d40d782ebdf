import { listSql, offlineOrm, testViewer } from '@hub/testing';
import type { Viewer } from '@hub/auth';
import type { MikroORM } from '@mikro-orm/postgresql';
import { entities } from '../entities';
import { canReadClinicalNotes, protectionCaseReferenceScope, protectionCaseScope, worksOnCase } from './protection-case.access';
import { ProtectionCase } from './protection-case.entity';

let orm: MikroORM;
beforeAll(async () => (orm = await offlineOrm(entities)));
afterAll(() => orm.close());

const viewer = (roles: Viewer['roles'], extra: Partial<Viewer> = {}) => testViewer(roles, { agency: 'DP3AP2KB', ...extra });
const victim = { districtCode: '1507', caseworkerId: 'cw1', childRole: 'VICTIM' as const, clientId: null };
const inConflict = { ...victim, childRole: 'IN_CONFLICT' as const, clientId: 'client1' };
const asCase = (pc: typeof victim | typeof inConflict) => pc as unknown as ProtectionCase;

describe('the protection case scope (list, by id, working on a case)', () => {
  it("gives a case manager the cases of their district, and not another district's", () => {
    const cm = viewer(['CASE_MANAGER']);
    expect(listSql(orm, ProtectionCase, protectionCaseScope, cm)).toContain(`where "r"."district_code" in ('1507')`);
    expect(protectionCaseScope.allows(cm, victim)).toBe(true);
    expect(protectionCaseScope.allows(cm, { ...victim, districtCode: '1571' })).toBe(false);
    expect(worksOnCase(cm, asCase(victim))).toBe(true);
  });

  it('gives a caseworker or psychologist the cases assigned to them, and not a colleague', () => {
    for (const role of ['CASEWORKER', 'PSYCHOLOGIST'] as const) {
      const mine = viewer([role], { caseworkerId: 'cw1' });
      expect(listSql(orm, ProtectionCase, protectionCaseScope, mine)).toContain(`where "r"."caseworker_id" = 'cw1'`);
      expect(protectionCaseScope.allows(mine, victim)).toBe(true);
      expect(protectionCaseScope.allows(viewer([role], { caseworkerId: 'cw2' }), victim)).toBe(false);
      expect(protectionCaseScope.where(viewer([role]), orm.em)).toBeNull();
    }
  });

  it('gives Bapas staff, prosecutors, work-site staff, analysts and auditors no case directly', () => {
    for (const role of ['BAPAS_HEAD', 'PK_OFFICER', 'PROSECUTOR', 'SITE_SUPERVISOR', 'ANALYST', 'AUDITOR'] as const) {
      expect(protectionCaseScope.where(viewer([role], { officerId: 'o1' }), orm.em)).toBeNull();
      expect(protectionCaseScope.allows(viewer([role], { officerId: 'o1' }), inConflict)).toBe(false);
    }
  });
});

describe('the protection case scope reached from Bapas (a client, a referral)', () => {
  it("shows Bapas case staff a child in conflict who is a Bapas client, never a victim's or witness's case", () => {
    for (const role of ['BAPAS_HEAD', 'PK_OFFICER'] as const) {
      const bapas = viewer([role], { agency: 'BAPAS' });
      expect(listSql(orm, ProtectionCase, protectionCaseReferenceScope, bapas)).toContain(
        `where "r"."child_role" = 'IN_CONFLICT' and "r"."client_id" is not null`,
      );
      expect(protectionCaseReferenceScope.allows(bapas, inConflict)).toBe(true);
      expect(protectionCaseReferenceScope.allows(bapas, victim)).toBe(false);
      expect(protectionCaseReferenceScope.allows(bapas, { ...victim, childRole: 'WITNESS' as never })).toBe(false);
      expect(protectionCaseReferenceScope.allows(bapas, { ...inConflict, clientId: null })).toBe(false);
    }
  });

  it('keeps the DP3AP2KB rules as they are, and shows the registrar and the prosecutor nothing', () => {
    expect(protectionCaseReferenceScope.allows(viewer(['CASE_MANAGER']), victim)).toBe(true);
    expect(protectionCaseReferenceScope.allows(viewer(['CASE_MANAGER'], { districts: ['1571'] }), victim)).toBe(false);
    for (const role of ['BAPAS_REGISTRAR', 'PROSECUTOR'] as const) {
      expect(protectionCaseReferenceScope.where(viewer([role]), orm.em)).toBeNull();
      expect(protectionCaseReferenceScope.allows(viewer([role]), inConflict)).toBe(false);
    }
  });
});

describe('clinical notes', () => {
  it('are for the psychologist assigned to the case and no one else', () => {
    expect(canReadClinicalNotes(viewer(['PSYCHOLOGIST'], { caseworkerId: 'cw1' }), victim)).toBe(true);
    expect(canReadClinicalNotes(viewer(['PSYCHOLOGIST'], { caseworkerId: 'cw2' }), victim)).toBe(false);
    expect(canReadClinicalNotes(viewer(['CASEWORKER'], { caseworkerId: 'cw1' }), victim)).toBe(false);
    expect(canReadClinicalNotes(viewer(['CASE_MANAGER']), victim)).toBe(false);
  });
});
