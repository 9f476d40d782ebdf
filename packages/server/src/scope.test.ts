import 'reflect-metadata';
import { Entity, MikroORM, PrimaryKey, Property, ReflectMetadataProvider } from '@mikro-orm/postgresql';
import type { Viewer } from '@hub/auth';
import { equals, oneOf, present, recordScope } from './scope';

@Entity({ tableName: 'parcel' })
class Parcel {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid', fieldName: 'owner_id' })
  ownerId!: string | null;

  @Property({ type: 'string', fieldName: 'district_code' })
  districtCode!: string;

  @Property({ type: 'uuid', fieldName: 'depot_id' })
  depotId!: string;
}

@Entity({ tableName: 'depot' })
class Depot {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'uuid', fieldName: 'company_id' })
  companyId!: string;
}

const viewer = (roles: Viewer['roles'], extra: Partial<Viewer> = {}): Viewer => ({
  userId: 'u',
  name: 'U',
  agency: 'BAPAS',
  roles,
  districts: ['1507'],
  ...extra,
});

// Three ways in: the head sees all, a PK their own, a prosecutor their districts', a provider its depots'.
const parcels = recordScope<Parcel, { depotCompanyId: string | null }>({
  related: { depotCompanyId: { local: 'depotId', entity: Depot, remote: 'id', field: 'companyId' } },
  grants: [
    { roles: ['BAPAS_HEAD'], when: () => ({}) },
    { roles: ['PK_OFFICER'], when: (v) => (v.officerId ? { ownerId: equals(v.officerId) } : null) },
    { roles: ['PROSECUTOR'], when: (v) => ({ districtCode: oneOf(v.districts), ownerId: present }) },
    { roles: ['PROVIDER_ADMIN'], when: (v) => (v.providerId ? { depotCompanyId: equals(v.providerId) } : null) },
  ],
});

let orm: MikroORM;
beforeAll(async () => {
  orm = await MikroORM.init({
    clientUrl: 'postgresql://nobody@127.0.0.1:1/none',
    entities: [Parcel, Depot],
    metadataProvider: ReflectMetadataProvider,
    discovery: { disableDynamicFileAccess: true, requireEntitiesArray: true },
    connect: false,
    allowGlobalContext: true,
  });
});
afterAll(() => orm.close());

const sqlOf = (v: Viewer): string | null => {
  const where = parcels.where(v, orm.em);
  return (
    where &&
    orm.em
      .createQueryBuilder(Parcel, 'p')
      .select('p.id')
      .where(where as never)
      .getFormattedQuery()
  );
};

const record = (over: Partial<Parcel & { depotCompanyId: string | null }> = {}) => ({
  id: 'x',
  ownerId: 'a',
  districtCode: '1507',
  depotId: 'd1',
  depotCompanyId: 'c1',
  ...over,
});

describe('a record scope: one description, a list filter and a single-record check', () => {
  it('gives everything to a grant without a condition, on both sides', () => {
    expect(parcels.where(viewer(['BAPAS_HEAD']), orm.em)).toEqual({});
    expect(parcels.allows(viewer(['BAPAS_HEAD']), record({ ownerId: null, districtCode: '1571' }))).toBe(true);
    expect(parcels.reads(viewer(['BAPAS_HEAD', 'PROVIDER_ADMIN'], { providerId: 'c1' }))).toEqual([]);
  });

  it('gives nothing to a viewer without a grant, or whose grant has nothing to match, on both sides', () => {
    for (const v of [viewer(['ANALYST']), viewer(['PK_OFFICER'])]) {
      expect(parcels.where(v, orm.em)).toBeNull();
      expect(parcels.allows(v, record())).toBe(false);
    }
  });

  it('filters on a field by equality and allows only the matching record', () => {
    const pk = viewer(['PK_OFFICER'], { officerId: 'a' });
    expect(sqlOf(pk)).toBe("select `p`.`id` from `parcel` as `p` where `p`.`owner_id` = 'a'".replace(/`/g, '"'));
    expect(parcels.allows(pk, record({ ownerId: 'a' }))).toBe(true);
    expect(parcels.allows(pk, record({ ownerId: 'b' }))).toBe(false);
  });

  it('ands the fields of one condition: one of several values and a value that must be set', () => {
    const prosecutor = viewer(['PROSECUTOR'], { districts: ['1507', '1571'] });
    expect(sqlOf(prosecutor)).toContain(`"p"."district_code" in ('1507', '1571') and "p"."owner_id" is not null`);
    expect(parcels.allows(prosecutor, record({ districtCode: '1571' }))).toBe(true);
    expect(parcels.allows(prosecutor, record({ districtCode: '1501' }))).toBe(false);
    expect(parcels.allows(prosecutor, record({ ownerId: null }))).toBe(false);
  });

  it('reads a related field as a subquery for lists and from the record for one', () => {
    const provider = viewer(['PROVIDER_ADMIN'], { providerId: 'c1' });
    expect(sqlOf(provider)).toMatch(
      /"p"\."depot_id" in \(select "scope\d+"\."id" from "depot" as "scope\d+" where "scope\d+"\."company_id" = 'c1'\)/,
    );
    expect(parcels.reads(provider)).toEqual(['depotCompanyId']);
    expect(parcels.allows(provider, record({ depotCompanyId: 'c1' }))).toBe(true);
    expect(parcels.allows(provider, record({ depotCompanyId: 'c2' }))).toBe(false);
    // A related field with several values (a client's referrals) matches when one of them does.
    expect(parcels.allows(provider, { ...record(), depotCompanyId: ['c2', 'c1'] as unknown as string })).toBe(true);
  });

  it('gives a viewer with several roles the union, on both sides', () => {
    const both = viewer(['PK_OFFICER', 'PROVIDER_ADMIN'], { officerId: 'a', providerId: 'c1' });
    expect(sqlOf(both)).toMatch(/where \("p"\."owner_id" = 'a' or "p"\."depot_id" in \(select/);
    expect(parcels.allows(both, record({ ownerId: 'b', depotCompanyId: 'c1' }))).toBe(true);
    expect(parcels.allows(both, record({ ownerId: 'a', depotCompanyId: 'c9' }))).toBe(true);
    expect(parcels.allows(both, record({ ownerId: 'b', depotCompanyId: 'c9' }))).toBe(false);
  });
});
