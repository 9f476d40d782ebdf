/**
 * Removes personal data from text bound for a log: quoted literals (SQL values carry names and NIKs),
 * 16-digit numbers (NIK), ISO dates (birth dates), bearer tokens and e-mail addresses.
 */
export function redact(text: string): string {
  return text
    .replace(/Bearer\s+[A-Za-z0-9._~+/=-]+/g, 'Bearer [redacted]')
    .replace(/eyJ[A-Za-z0-9_-]+\.[A-Za-z0-9_-]+\.[A-Za-z0-9_-]*/g, '[jwt]')
    .replace(/'(?:[^']|'')*'/g, "'?'")
    .replace(/"(?:[^"\\]|\\.){0,200}"/g, (m) => (/^"[a-z_][a-z0-9_]*"$/.test(m) ? m : '"?"'))
    .replace(/\b\d{16}\b/g, '[nik]')
    .replace(/\b\d{4}-\d{2}-\d{2}\b/g, '[date]')
    .replace(/[\w.+-]+@[\w-]+\.[\w.]+/g, '[email]');
}
