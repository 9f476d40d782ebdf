import { Entity, PrimaryKey, Property } from '@mikro-orm/postgresql';
import { buildSchema } from 'graphql';
import { checkArguments, DEFAULT_TEXT_LIMIT, inputLimitsOf } from './input-limits';

@Entity({ tableName: 'sample_person' })
class SamplePerson {
  @PrimaryKey({ type: 'uuid' })
  id!: string;

  @Property({ type: 'string', length: 16 })
  nik!: string;

  @Property({ type: 'string', nullable: true })
  guardianName!: string | null;

  @Property({ type: 'text' })
  notes!: string;
}

const field = buildSchema(`
  type Query { probe(id: ID, input: ProbeInput): Int }
  input ProbeInput { nik: String, guardianName: String, notes: String, hours: Float, tags: [String!] }
`)
  .getQueryType()!
  .getFields()['probe']!;

const limits = inputLimitsOf([SamplePerson]);
const refusal = (values: Record<string, unknown>) => {
  try {
    checkArguments(field.args, values, limits);
    return undefined;
  } catch (error) {
    return { message: (error as Error).message, field: (error as { extensions: Record<string, unknown> }).extensions['field'] };
  }
};

describe('input limits', () => {
  it('takes string lengths from the columns, and a limit for idempotency keys', () => {
    expect(limits).toEqual({ idempotencyKey: 128, nik: 16, guardianName: 255 });
  });

  it('accepts well-formed input', () => {
    expect(
      refusal({
        id: '00000000-0000-0000-0000-000000000000',
        input: { nik: '1507012505110003', notes: 'Baris satu\nbaris dua', hours: 2.5 },
      }),
    ).toBeUndefined();
  });

  it('refuses a malformed id, an overlong value, control characters and a huge number, naming the field', () => {
    expect(refusal({ id: 'x' })).toEqual({ message: 'id must be an id as the hub gives it (a UUID).', field: 'id' });
    expect(refusal({ input: { nik: '1'.repeat(17) } })).toEqual({
      message: 'input.nik is longer than 16 characters.',
      field: 'input.nik',
    });
    expect(refusal({ input: { notes: 'n'.repeat(DEFAULT_TEXT_LIMIT + 1) } })?.field).toBe('input.notes');
    expect(refusal({ input: { guardianName: 'Siti\u0000' } })).toEqual({
      message: 'input.guardianName contains control characters.',
      field: 'input.guardianName',
    });
    expect(refusal({ input: { tags: ['ok', 'bad\u001b'] } })?.field).toBe('input.tags[1]');
    expect(refusal({ input: { hours: 1e12 } })?.field).toBe('input.hours');
  });
});
