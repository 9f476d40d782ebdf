import { listSql, offlineOrm, testViewer as viewer } from '@hub/testing';
import type { MikroORM } from '@mikro-orm/postgresql';
import { entities } from '../entities';
import { SocialInquiryReport } from '../litmas/litmas.entity';
import { recordingOfficer } from '../under12/under12.access';
import { officerWorkScope } from './officer.access';

let orm: MikroORM;
beforeAll(async () => (orm = await offlineOrm(entities)));
afterAll(() => orm.close());

const scope = officerWorkScope<SocialInquiryReport>();

describe("an officer's own work lists (Litmas due, decisions under 12, guidance plans)", () => {
  it("give the head of Bapas the office's, both as a list and for one record", () => {
    expect(scope.where(viewer(['BAPAS_HEAD']), orm.em)).toEqual({});
    expect(scope.allows(viewer(['BAPAS_HEAD']), { officerId: 'z' })).toBe(true);
  });

  it('give a PK their own and not a colleague’s', () => {
    const pk = viewer(['PK_OFFICER'], { officerId: 'a' });
    expect(listSql(orm, SocialInquiryReport, scope, pk)).toContain(`where "r"."officer_id" = 'a'`);
    expect(scope.allows(pk, { officerId: 'a' })).toBe(true);
    expect(scope.allows(pk, { officerId: 'b' })).toBe(false);
  });

  it('give a PK without an officer record, the registrar, the prosecutor and DP3AP2KB nothing', () => {
    for (const v of [viewer(['PK_OFFICER']), viewer(['BAPAS_REGISTRAR']), viewer(['PROSECUTOR']), viewer(['CASE_MANAGER'])]) {
      expect(scope.where(v, orm.em)).toBeNull();
      expect(scope.allows(v, { officerId: 'a' })).toBe(false);
    }
  });
});

describe('who records a decision for a child under 12', () => {
  it('is the PK who took part, or the PK the head names; a PK never names someone else', () => {
    expect(recordingOfficer(viewer(['PK_OFFICER'], { officerId: 'a' }), null)).toBe('a');
    expect(recordingOfficer(viewer(['PK_OFFICER'], { officerId: 'a' }), 'a')).toBe('a');
    expect(recordingOfficer(viewer(['PK_OFFICER'], { officerId: 'a' }), 'b')).toBeNull();
    expect(recordingOfficer(viewer(['BAPAS_HEAD']), 'b')).toBe('b');
    expect(recordingOfficer(viewer(['BAPAS_HEAD']), null)).toBeNull();
    expect(recordingOfficer(viewer(['BAPAS_REGISTRAR']), 'b')).toBeNull();
  });
});
