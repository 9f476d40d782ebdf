/** Jambi province kabupaten/kota by BPS code (DOMAIN.md §5), for the filters and the site form. */
export const JAMBI_DISTRICTS: readonly { code: string; name: string }[] = [
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

/** The name of a district code, or the code itself when it is not a Jambi district. */
export function districtName(code: string): string {
  return JAMBI_DISTRICTS.find((d) => d.code === code)?.name ?? code;
}
