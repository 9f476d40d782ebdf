import { GraphQLScalarType, Kind } from 'graphql';
import { isIsoDate } from '@hub/reference';
import { BadUserInputError } from '@hub/errors';

/** A calendar date `YYYY-MM-DD` with no time and no zone (dates in Jambi are Asia/Jakarta dates). */
export const DateScalar = new GraphQLScalarType<string, string>({
  name: 'Date',
  description: 'A calendar date, `YYYY-MM-DD` (tanggal), in Asia/Jakarta.',
  serialize(value) {
    if (typeof value === 'string' && isIsoDate(value)) return value;
    if (value instanceof Date) return value.toISOString().slice(0, 10);
    throw new TypeError('Date cannot represent this value');
  },
  parseValue(value) {
    if (typeof value === 'string' && isIsoDate(value)) return value;
    throw new BadUserInputError('date', 'A Date must be a real calendar date written YYYY-MM-DD.');
  },
  parseLiteral(ast) {
    if (ast.kind === Kind.STRING && isIsoDate(ast.value)) return ast.value;
    throw new BadUserInputError('date', 'A Date must be a real calendar date written YYYY-MM-DD.');
  },
});

/** An instant, ISO 8601 with a zone, e.g. `2026-11-27T09:00:00.000Z`. */
export const DateTimeScalar = new GraphQLScalarType<Date, string>({
  name: 'DateTime',
  description: 'An instant in ISO 8601 with its zone (waktu), e.g. `2026-11-27T02:00:00.000Z`.',
  serialize(value) {
    const date = value instanceof Date ? value : new Date(String(value));
    if (Number.isNaN(date.getTime())) throw new TypeError('DateTime cannot represent this value');
    return date.toISOString();
  },
  parseValue(value) {
    const text = typeof value === 'string' ? value : '';
    const date = new Date(text);
    // Date() rolls 30 February over into March; a calendar date that does not exist is refused instead.
    const m = /^(\d{4}-\d{2}-\d{2})T([01]\d|2[0-3]):[0-5]\d(:[0-5]\d(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/.exec(text);
    if (!m || !isIsoDate(m[1]!) || Number.isNaN(date.getTime())) {
      throw new BadUserInputError('dateTime', 'A DateTime must be ISO 8601 with a zone, e.g. 2026-11-27T09:00:00+07:00.');
    }
    return date;
  },
  parseLiteral(ast) {
    if (ast.kind !== Kind.STRING) throw new BadUserInputError('dateTime', 'A DateTime must be a string.');
    return this.parseValue!(ast.value) as Date;
  },
});
