/** A kabupaten/kota of Jambi province, by its BPS code (DOMAIN.md §5). */
export interface DistrictInfo {
  code: string;
  name: string;
}

/** Jambi province kabupaten/kota, BPS codes. */
export const DISTRICTS: readonly DistrictInfo[] = [
  { code: '1501', name: 'Kerinci' },
  { code: '1502', name: 'Merangin' },
  { code: '1503', name: 'Sarolangun' },
  { code: '1504', name: 'Batang Hari' },
  { code: '1505', name: 'Muaro Jambi' },
  { code: '1506', name: 'Tanjung Jabung Timur' },
  { code: '1507', name: 'Tanjung Jabung Barat' },
  { code: '1508', name: 'Tebo' },
  { code: '1509', name: 'Bungo' },
  { code: '1571', name: 'Kota Jambi' },
  { code: '1572', name: 'Kota Sungai Penuh' },
];

/** Tanjung Jabung Barat kecamatan (BPS codes), used for addresses in the demo. */
export const TANJUNG_JABUNG_BARAT_SUBDISTRICTS: readonly DistrictInfo[] = [
  { code: '1507010', name: 'Tungkal Ulu' },
  { code: '1507011', name: 'Merlung' },
  { code: '1507012', name: 'Batang Asam' },
  { code: '1507013', name: 'Tebing Tinggi' },
  { code: '1507014', name: 'Renah Mendaluh' },
  { code: '1507015', name: 'Muara Papalik' },
  { code: '1507020', name: 'Pengabuan' },
  { code: '1507021', name: 'Senyerang' },
  { code: '1507030', name: 'Tungkal Ilir' },
  { code: '1507031', name: 'Bram Itam' },
  { code: '1507032', name: 'Seberang Kota' },
  { code: '1507040', name: 'Betara' },
  { code: '1507041', name: 'Kuala Betara' },
];

const byCode = new Map(DISTRICTS.map((d) => [d.code, d]));

/** The district for a BPS code, or undefined when the code is not a Jambi kabupaten/kota. */
export function findDistrict(code: string): DistrictInfo | undefined {
  return byCode.get(code);
}

/** True when the code is a Jambi kabupaten/kota. */
export function isDistrictCode(code: string): boolean {
  return byCode.has(code);
}
