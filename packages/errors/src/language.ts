/**
 * The language of user-facing messages (refusals and errors): Bahasa Indonesia unless the caller's
 * `Accept-Language` prefers English. Codes, fields and articles never change with it.
 */
export type Language = 'id' | 'en';

/** Picks id or en from an Accept-Language header by its q-values; Indonesian when absent or unknown. */
export function languageOf(acceptLanguage: string | string[] | undefined | null): Language {
  const header = Array.isArray(acceptLanguage) ? acceptLanguage.join(',') : (acceptLanguage ?? '');
  let best: { lang: Language; q: number } = { lang: 'id', q: 0 };
  for (const part of header.split(',')) {
    const [tag, ...params] = part.trim().toLowerCase().split(';');
    const q = Number(
      params
        .find((p) => p.trim().startsWith('q='))
        ?.trim()
        .slice(2) ?? 1,
    );
    const lang: Language | null = tag?.startsWith('en') ? 'en' : tag?.startsWith('id') || tag?.startsWith('in') ? 'id' : null;
    if (lang && Number.isFinite(q) && q > best.q) best = { lang, q };
  }
  return best.lang;
}
