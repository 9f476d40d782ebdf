import type { IncomingMessage } from 'node:http';
import { languageOf, localizedMessage } from '@hub/errors';

/** A refusal before GraphQL runs, its message in the caller's language (Indonesian unless Accept-Language prefers English). */
export function refusalBody(code: string, message: string, correlationId: string, req: IncomingMessage): unknown {
  const language = languageOf(req.headers['accept-language']);
  return { errors: [{ message: localizedMessage(message, language), extensions: { code, correlationId } }] };
}

/**
 * A request Apollo refused before its plugins ran (a mutation sent with GET, no query): its messages in
 * the caller's language too. Only for error answers (4xx), which are small.
 */
export function inLanguage(body: string, req: IncomingMessage): string {
  const language = languageOf(req.headers['accept-language']);
  if (language === 'en') return body;
  try {
    const parsed = JSON.parse(body) as { errors?: Array<{ message?: unknown }> };
    for (const e of parsed.errors ?? []) if (typeof e.message === 'string') e.message = localizedMessage(e.message, language);
    return JSON.stringify(parsed);
  } catch {
    return body;
  }
}
