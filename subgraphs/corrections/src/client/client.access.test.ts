import type { Viewer } from '@hub/auth';
import { initialsOf } from '@hub/reference';
import { canViewClientIdentity, canViewClientRecord, type ClientFacts } from './client.access';

const viewer = (roles: Viewer['roles'], extra: Partial<Viewer> = {}): Viewer => ({
  userId: 'u',
  name: 'U',
  agency: 'BAPAS',
  roles,
  districts: ['1507'],
  ...extra,
});
const none: ClientFacts = { referrals: [], orderDistricts: [], sharingDistricts: [] };
const client = { officerId: 'a' };

describe('client record access (need to know)', () => {
  it('lets the assigned PK see the record and identity, and another PK neither', () => {
    expect(canViewClientRecord(viewer(['PK_OFFICER'], { officerId: 'a' }), client, none)).toBe(true);
    expect(canViewClientIdentity(viewer(['PK_OFFICER'], { officerId: 'a' }), client, none)).toBe(true);
    expect(canViewClientRecord(viewer(['PK_OFFICER'], { officerId: 'b' }), client, none)).toBe(false);
    expect(canViewClientIdentity(viewer(['PK_OFFICER'], { officerId: 'b' }), client, none)).toBe(false);
    expect(canViewClientIdentity(viewer(['PK_OFFICER']), { officerId: null }, none)).toBe(false);
  });

  it('lets the registrar see the record but never the identity', () => {
    expect(canViewClientRecord(viewer(['BAPAS_REGISTRAR']), client, none)).toBe(true);
    expect(canViewClientIdentity(viewer(['BAPAS_REGISTRAR']), client, none)).toBe(false);
  });

  it('gives DP3AP2KB staff of the referred district the identity only while the referral is open', () => {
    const cm = viewer(['CASE_MANAGER'], { agency: 'DP3AP2KB' });
    const open: ClientFacts = {
      referrals: [{ districtCode: '1507', status: 'OPEN' }],
      orderDistricts: [],
      sharingDistricts: ['1507'],
    };
    const withdrawn: ClientFacts = { ...open, referrals: [{ districtCode: '1507', status: 'WITHDRAWN' }] };
    const elsewhere: ClientFacts = { ...open, referrals: [{ districtCode: '1571', status: 'OPEN' }] };
    expect(canViewClientIdentity(cm, client, open)).toBe(true);
    expect(canViewClientIdentity(cm, client, withdrawn)).toBe(false);
    expect(canViewClientRecord(cm, client, withdrawn)).toBe(true);
    expect(canViewClientRecord(cm, client, elsewhere)).toBe(false);
    expect(canViewClientRecord(cm, client, none)).toBe(false);
  });

  it('stops sharing the identity when no cooperation agreement is in force for the district, keeping the record', () => {
    const cm = viewer(['CASE_MANAGER'], { agency: 'DP3AP2KB' });
    const lapsed: ClientFacts = {
      referrals: [{ districtCode: '1507', status: 'OPEN' }],
      orderDistricts: [],
      sharingDistricts: [],
    };
    expect(canViewClientIdentity(cm, client, lapsed)).toBe(false);
    expect(canViewClientRecord(cm, client, lapsed)).toBe(true);
    expect(canViewClientIdentity(cm, client, { ...lapsed, sharingDistricts: ['1507'] })).toBe(true);
  });

  it('lets the prosecutor see, in the limited view, only clients with an order in their district', () => {
    const prosecutor = viewer(['PROSECUTOR'], { agency: 'KEJAKSAAN' });
    expect(canViewClientRecord(prosecutor, client, { ...none, orderDistricts: ['1507'] })).toBe(true);
    expect(canViewClientRecord(prosecutor, client, { ...none, orderDistricts: ['1571'] })).toBe(false);
    expect(canViewClientIdentity(prosecutor, client, { ...none, orderDistricts: ['1507'] })).toBe(false);
  });

  it('never shows a record to work-site staff, analysts or auditors', () => {
    const facts: ClientFacts = {
      referrals: [{ districtCode: '1507', status: 'OPEN' }],
      orderDistricts: ['1507'],
      sharingDistricts: ['1507'],
    };
    for (const role of ['SITE_SUPERVISOR', 'PROVIDER_ADMIN', 'ANALYST', 'AUDITOR'] as const) {
      expect(canViewClientRecord(viewer([role]), client, facts)).toBe(false);
      expect(canViewClientIdentity(viewer([role]), client, facts)).toBe(false);
    }
  });

  it('shows initials in the limited view', () => {
    expect(initialsOf('Rizky  ananda Putra')).toBe('R.A.P.');
  });
});
