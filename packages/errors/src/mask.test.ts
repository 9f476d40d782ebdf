import { GraphQLError } from 'graphql';
import { ForbiddenError } from './errors';
import { DATABASE_UNAVAILABLE_MESSAGE, MASKED_MESSAGE, maskError } from './mask';
import { redact } from './redact';

describe('error masking', () => {
  it('keeps the message and code of a typed hub error', () => {
    const error = new ForbiddenError('No.');
    expect(maskError({ message: 'No.', extensions: { code: 'FORBIDDEN', stacktrace: ['x'] } }, error)).toEqual({
      message: 'No.',
      extensions: { code: 'FORBIDDEN' },
    });
  });

  it('replaces a database error that carries SQL and a NIK with a generic message', () => {
    const dbError = Object.assign(new Error("insert into client (nik) values ('3171012345678901') - duplicate key"), {
      name: 'UniqueConstraintViolationException',
      sqlState: '23505',
    });
    const wrapped = new GraphQLError(dbError.message, { originalError: dbError, extensions: { code: 'BAD_USER_INPUT' } });
    const masked = maskError({ message: dbError.message, extensions: { code: 'BAD_USER_INPUT' } }, wrapped);
    expect(masked.message).toBe(MASKED_MESSAGE);
    expect(JSON.stringify(masked)).not.toContain('3171012345678901');
    expect(masked.extensions?.['code']).toBe('INTERNAL_SERVER_ERROR');
  });

  it('masks errors without a code', () => {
    expect(maskError({ message: 'connect ECONNREFUSED 10.0.0.5:4001' }, new Error('x')).message).toBe(MASKED_MESSAGE);
  });
});

describe('a database that is away', () => {
  const cases: Array<[string, Error]> = [
    ['a refused connection', Object.assign(new Error('connect ECONNREFUSED 127.0.0.1:54329'), { code: 'ECONNREFUSED' })],
    ['a server restart', Object.assign(new Error('terminating connection due to administrator command'), { code: '57P01' })],
    ['a dropped connection', new Error('Connection terminated unexpectedly')],
    ['an exhausted pool', Object.assign(new Error('Knex: Timeout acquiring a connection.'), { name: 'KnexTimeoutError' })],
  ];
  it.each(cases)('answers SERVICE_UNAVAILABLE, without the detail, for %s', (_, cause) => {
    const driver = Object.assign(new Error(`select * from client where nik = '3171012345678901' - ${cause.message}`), {
      name: 'DriverException',
      cause,
    });
    const wrapped = new GraphQLError(driver.message, { originalError: driver });
    const masked = maskError(
      { message: driver.message, path: ['client'], extensions: { code: 'INTERNAL_SERVER_ERROR' } },
      wrapped,
    );
    expect(masked).toEqual({
      message: DATABASE_UNAVAILABLE_MESSAGE,
      path: ['client'],
      extensions: { code: 'SERVICE_UNAVAILABLE' },
    });
  });

  it('keeps other database errors INTERNAL', () => {
    const driver = Object.assign(new Error('syntax error'), { name: 'DriverException', code: '42601' });
    const masked = maskError({ message: 'x' }, new GraphQLError('x', { originalError: driver }));
    expect(masked.extensions?.['code']).toBe('INTERNAL_SERVER_ERROR');
  });
});

describe('log redaction', () => {
  it('removes quoted values, NIKs, dates and bearer tokens', () => {
    const line = redact(
      `select * from client where full_name = 'Rizky Ananda' and nik = 3171012345678901 and birth_date = 2010-01-02 Bearer abc.def.ghi`,
    );
    expect(line).not.toMatch(/Rizky|3171012345678901|2010-01-02|abc\.def/);
  });
});
