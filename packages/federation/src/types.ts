import { enumObject } from '@hub/reference';
import 'reflect-metadata';
import { Directive, Field, ObjectType, registerEnumType } from 'type-graphql';
import { AGE_BANDS, SEXES, findDistrict, type AgeBandCode, type SexCode } from '@hub/reference';

/** GraphQL enum `Sex`. */
export const Sex = enumObject(SEXES);
registerEnumType(Sex, { name: 'Sex', description: 'Sex as on the civil registry (*jenis kelamin*).' });

/** GraphQL enum `AgeBand`. */
export const AgeBand = enumObject(AGE_BANDS);
registerEnumType(AgeBand, {
  name: 'AgeBand',
  description: 'Age band (*kelompok umur*): SIMFONI-PPA child bands 0-5, 6-12, 13-17, then adult bands.',
});

export type { AgeBandCode, SexCode };

/** GraphQL enum `IdentityAccess`: which view of a person's identity the viewer gets. */
export const IdentityAccess = enumObject(['FULL', 'LIMITED'] as const);
export type IdentityAccessCode = keyof typeof IdentityAccess;
registerEnumType(IdentityAccess, {
  name: 'IdentityAccess',
  description:
    "Which view of a person's identity the viewer gets: FULL, or LIMITED (identity fields null, initials only; SPPA Art. 19).",
});

/** A kabupaten/kota of Jambi province (*kabupaten/kota*), by BPS code. */
@ObjectType({ description: 'A kabupaten/kota of Jambi province (*kabupaten/kota*), identified by its BPS code.' })
@Directive('@shareable')
export class District {
  @Field({ description: 'BPS code, e.g. "1507".' }) code!: string;

  @Field({ description: 'Name, e.g. "Tanjung Jabung Barat".' }) name!: string;
}

/** The District value for a BPS code (an unknown code keeps the code as its name rather than failing). */
export function districtOf(code: string): District {
  const found = findDistrict(code);
  return Object.assign(new District(), { code, name: found?.name ?? code });
}

/** Relay page information. */
@ObjectType({ description: 'Relay page information (*informasi halaman*).' })
@Directive('@shareable')
export class PageInfo {
  @Field({ description: 'True when more records follow this page.' }) hasNextPage!: boolean;

  @Field({ description: 'True when records precede this page.' }) hasPreviousPage!: boolean;

  @Field(() => String, { nullable: true, description: 'Cursor of the first record of the page.' }) startCursor!: string | null;

  @Field(() => String, { nullable: true, description: 'Cursor of the last record of the page; pass as `after`.' })
  endCursor!: string | null;
}
