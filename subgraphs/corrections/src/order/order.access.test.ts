import { listSql, offlineOrm, testViewer as viewer } from '@hub/testing';
import type { MikroORM } from '@mikro-orm/postgresql';
import { entities } from '../entities';
import { orderReferenceScope, orderScope } from './order.access';
import { CommunityServiceOrder } from './order.entity';

let orm: MikroORM;
beforeAll(async () => (orm = await offlineOrm(entities)));
afterAll(() => orm.close());

// An order executed in 1507, of a client assigned to PK "a".
const order = { districtCode: '1507', clientOfficerId: 'a' };

describe('the order scope, list and single order', () => {
  it('gives the head of Bapas every order', () => {
    expect(orderScope.where(viewer(['BAPAS_HEAD']), orm.em)).toEqual({});
    expect(orderScope.allows(viewer(['BAPAS_HEAD']), { districtCode: '1571', clientOfficerId: null })).toBe(true);
  });

  it("gives a PK the orders of assigned clients, through the client (a subquery for lists), and not another PK's", () => {
    const pk = viewer(['PK_OFFICER'], { officerId: 'a' });
    expect(listSql(orm, CommunityServiceOrder, orderScope, pk)).toMatch(
      /where "r"\."client_id" in \(select "scope\d+"\."id" from "client" as "scope\d+" where "scope\d+"\."officer_id" = 'a'\)/,
    );
    expect(orderScope.reads(pk)).toEqual(['clientOfficerId']);
    expect(orderScope.allows(pk, order)).toBe(true);
    expect(orderScope.allows(viewer(['PK_OFFICER'], { officerId: 'b' }), order)).toBe(false);
  });

  it('gives the prosecutor the orders of their districts (KUHP Art. 85(8))', () => {
    const prosecutor = viewer(['PROSECUTOR'], { agency: 'KEJAKSAAN' });
    expect(listSql(orm, CommunityServiceOrder, orderScope, prosecutor)).toContain(`where "r"."district_code" in ('1507')`);
    expect(orderScope.allows(prosecutor, order)).toBe(true);
    expect(orderScope.allows(prosecutor, { ...order, districtCode: '1571' })).toBe(false);
  });

  it('gives the registrar, DP3AP2KB, work-site staff, analysts and auditors no order in a list', () => {
    for (const role of ['BAPAS_REGISTRAR', 'CASE_MANAGER', 'SITE_SUPERVISOR', 'PROVIDER_ADMIN', 'ANALYST', 'AUDITOR'] as const) {
      expect(orderScope.where(viewer([role]), orm.em)).toBeNull();
      expect(orderScope.allows(viewer([role]), order)).toBe(false);
    }
  });
});

describe('an order reached from a placement', () => {
  it('is open to work-site staff too (its hours and deadline; shield keeps its client and case from them)', () => {
    for (const role of ['SITE_SUPERVISOR', 'PROVIDER_ADMIN'] as const)
      expect(orderReferenceScope.allows(viewer([role], { providerId: 'p' }), order)).toBe(true);
    expect(orderReferenceScope.allows(viewer(['PK_OFFICER'], { officerId: 'b' }), order)).toBe(false);
    expect(orderReferenceScope.allows(viewer(['ANALYST']), order)).toBe(false);
  });
});
