import { RegisterClientInput } from './client.input';
import { checkRegistration } from './client.rules';

const base = (over: Partial<RegisterClientInput> = {}): RegisterClientInput =>
  Object.assign(new RegisterClientInput(), {
    registerNumber: 'BAPAS-JMB-2026-0999',
    fullName: 'Rizky Ananda Putra',
    nik: '1507011203100001',
    birthDate: '2010-03-12',
    sex: 'MALE',
    districtCode: '1507',
    address: 'Jl. Sultan Thaha No. 5, Kuala Tungkal',
    guardianName: 'Siti Aminah',
    offenseDate: '2026-05-01',
    ...over,
  });
const codes = (input: RegisterClientInput) => checkRegistration(input, '2026-11-27').map((e) => e.code);

describe('client registration rules', () => {
  it('accepts a complete registration', () => {
    expect(codes(base())).toEqual([]);
  });

  it('wants a NIK of exactly 16 digits', () => {
    expect(codes(base({ nik: '150701120310000' }))).toEqual(['INVALID_NIK']);
    expect(codes(base({ nik: '15070112031000012' }))).toEqual(['INVALID_NIK']);
    expect(codes(base({ nik: '15070112031000AB' }))).toEqual(['INVALID_NIK']);
  });

  it('refuses a person under 12 at the offence, citing the article, and accepts one who just turned 12', () => {
    const refused = checkRegistration(base({ birthDate: '2014-05-02' }), '2026-11-27');
    expect(refused.map((e) => e.code)).toEqual(['UNDER_AGE_OF_RESPONSIBILITY']);
    expect(refused[0]!.article).toContain('KUHP Art. 40');
    expect(codes(base({ birthDate: '2014-05-01' }))).toEqual([]);
  });

  it('refuses an implausible birth date and a district outside Jambi, naming each field', () => {
    expect(checkRegistration(base({ birthDate: '2027-01-01' }), '2026-11-27').map((e) => e.field)).toEqual(['input.birthDate']);
    expect(checkRegistration(base({ districtCode: '3171' }), '2026-11-27').map((e) => e.field)).toEqual(['input.districtCode']);
  });

  it('needs a guardian for a child but not for an adult', () => {
    expect(codes(base({ guardianName: null }))).toEqual(['GUARDIAN_REQUIRED']);
    expect(codes(base({ guardianName: null, birthDate: '1990-01-01' }))).toEqual([]);
  });
});
