/**
 * Initials of a name, "Rizky Ananda Putra" → "R.A.P.": the only name the limited view shows
 * (SPPA Art. 19). A name that is already initials is returned as it is.
 */
export function initialsOf(name: string): string {
  if (/^([A-Z]\.)+$/.test(name)) return name;
  return name
    .split(/\s+/)
    .filter(Boolean)
    .map((part) => `${part[0]!.toUpperCase()}.`)
    .join('');
}

/** An object whose keys and values are the given codes, as type-graphql enums want. */
export function enumObject<T extends string>(values: readonly T[]): { [K in T]: K } {
  return Object.fromEntries(values.map((v) => [v, v])) as { [K in T]: K };
}
