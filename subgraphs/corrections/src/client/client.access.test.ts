import type { Viewer } from '@hub/auth';
import { initialsOf } from '@hub/reference';
import { listSql, offlineOrm } from '@hub/testing';
import type { MikroORM } from '@mikro-orm/postgresql';
import { entities } from '../entities';
import {
  canViewClientIdentity,
  canViewClientRecord,
  canWorkOnClient,
  clientScope,
  needsClientFacts,
  type ClientFacts,
} from './client.access';
import { Client } from './client.entity';

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

describe('client records in a list: the same scope as one client', () => {
  let orm: MikroORM;
  beforeAll(async () => (orm = await offlineOrm(entities)));
  afterAll(() => orm.close());

  it('lists every client for the head and the registrar', () => {
    for (const role of ['BAPAS_HEAD', 'BAPAS_REGISTRAR'] as const) expect(clientScope.where(viewer([role]), orm.em)).toEqual({});
  });

  it("lists a PK's assigned clients by the client row", () => {
    expect(listSql(orm, Client, clientScope, viewer(['PK_OFFICER'], { officerId: 'a' }))).toContain(
      `where "r"."officer_id" = 'a'`,
    );
    expect(clientScope.where(viewer(['PK_OFFICER']), orm.em)).toBeNull();
  });

  it('lists DP3AP2KB staff the clients referred to their districts, through the referrals (one subquery)', () => {
    const sql = listSql(orm, Client, clientScope, viewer(['CASEWORKER'], { agency: 'DP3AP2KB' }));
    expect(sql).toMatch(
      /where "r"\."id" in \(select "scope\d+"\."client_id" from "referral" as "scope\d+" where "scope\d+"\."district_code" in \('1507'\)\)/,
    );
    expect(needsClientFacts(viewer(['CASEWORKER']))).toBe(true);
  });

  it('lists the prosecutor the clients with an order in their districts, through the orders', () => {
    const sql = listSql(orm, Client, clientScope, viewer(['PROSECUTOR'], { agency: 'KEJAKSAAN' }));
    expect(sql).toMatch(
      /"r"\."id" in \(select "scope\d+"\."client_id" from "community_service_order" as "scope\d+" where "scope\d+"\."district_code" in \('1507'\)\)/,
    );
  });

  it('lists nothing for work-site staff, analysts and auditors, and needs no facts for the head', () => {
    for (const role of ['SITE_SUPERVISOR', 'PROVIDER_ADMIN', 'ANALYST', 'AUDITOR'] as const)
      expect(clientScope.where(viewer([role]), orm.em)).toBeNull();
    expect(needsClientFacts(viewer(['BAPAS_HEAD', 'CASE_MANAGER']))).toBe(false);
  });

  it('lets the head and the assigned PK work on a client, nobody else', () => {
    expect(canWorkOnClient(viewer(['BAPAS_HEAD']), client)).toBe(true);
    expect(canWorkOnClient(viewer(['PK_OFFICER'], { officerId: 'a' }), client)).toBe(true);
    expect(canWorkOnClient(viewer(['PK_OFFICER'], { officerId: 'b' }), client)).toBe(false);
    expect(canWorkOnClient(viewer(['BAPAS_REGISTRAR']), client)).toBe(false);
    expect(canWorkOnClient(viewer(['CASE_MANAGER']), client)).toBe(false);
  });
});
