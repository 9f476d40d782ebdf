import { GraphQLError } from 'graphql';
import { ForbiddenError } from './errors';
import { MASKED_MESSAGE, maskError } from './mask';
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

describe('log redaction', () => {
  it('removes quoted values, NIKs, dates and bearer tokens', () => {
    const line = redact(
      `select * from client where full_name = 'Rizky Ananda' and nik = 3171012345678901 and birth_date = 2010-01-02 Bearer abc.def.ghi`,
    );
    expect(line).not.toMatch(/Rizky|3171012345678901|2010-01-02|abc\.def/);
  });
});
