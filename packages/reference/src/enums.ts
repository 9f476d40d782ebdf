/** Sex as recorded on the civil registry (*jenis kelamin*). */
export const SEXES = ['MALE', 'FEMALE'] as const;
export type SexCode = (typeof SEXES)[number];

/**
 * Age bands: SIMFONI-PPA's child bands (0-5, 6-12, 13-17) and adult bands used in
 * Bapas reporting.
 */
export const AGE_BANDS = ['AGE_0_5', 'AGE_6_12', 'AGE_13_17', 'AGE_18_24', 'AGE_25_39', 'AGE_40_59', 'AGE_60_PLUS'] as const;
export type AgeBandCode = (typeof AGE_BANDS)[number];

/** The age band for an age in completed years. */
export function ageBandFor(age: number): AgeBandCode {
  if (age <= 5) return 'AGE_0_5';
  if (age <= 12) return 'AGE_6_12';
  if (age <= 17) return 'AGE_13_17';
  if (age <= 24) return 'AGE_18_24';
  if (age <= 39) return 'AGE_25_39';
  if (age <= 59) return 'AGE_40_59';
  return 'AGE_60_PLUS';
}

/** The agencies of the cooperation, as named in tokens. */
export const AGENCIES = ['BAPAS', 'DP3AP2KB', 'WORKSITE_PROVIDER', 'KEJAKSAAN', 'HUB'] as const;
export type AgencyCode = (typeof AGENCIES)[number];

/** The roles of DOMAIN.md §4; the names are the contract. */
export const ROLES = [
  'BAPAS_HEAD',
  'PK_OFFICER',
  'BAPAS_REGISTRAR',
  'CASE_MANAGER',
  'CASEWORKER',
  'PSYCHOLOGIST',
  'PROVIDER_ADMIN',
  'SITE_SUPERVISOR',
  'PROSECUTOR',
  'ANALYST',
  'AUDITOR',
] as const;
export type RoleCode = (typeof ROLES)[number];

/** Community-service order kinds: adults under KUHP Art. 85, children under SPPA Art. 76. */
export const ORDER_KINDS = ['KERJA_SOSIAL', 'PELAYANAN_MASYARAKAT'] as const;
export type OrderKindCode = (typeof ORDER_KINDS)[number];

/** Work-site kinds from DOMAIN.md §5. */
export const WORK_SITE_KINDS = [
  'MOSQUE',
  'CHURCH',
  'SCHOOL',
  'PESANTREN',
  'HEALTH_CENTRE',
  'ORPHANAGE',
  'ELDERLY_HOME',
  'SOCIAL_INSTITUTION',
  'PARK',
  'WASTE_BANK',
  'VILLAGE_OFFICE',
  'LIBRARY',
  'GRIYA_ABHIPRAYA',
] as const;
export type WorkSiteKindCode = (typeof WORK_SITE_KINDS)[number];
