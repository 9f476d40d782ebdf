import { describe, expect, it } from 'vitest';
import {
  describeWindows,
  emptySite,
  errorsFor,
  fieldOf,
  formToInput,
  keyFor,
  newIdempotencyKey,
  providerIdOf,
  siteToForm,
} from './site-form';

const site = {
  name: 'Masjid Agung Al-Falah',
  kind: 'MOSQUE',
  district: { code: '1507' },
  address: 'Jl. Contoh No. 2, Kuala Tungkal',
  activities: ['Membersihkan halaman', 'Merawat taman'],
  capacity: 4,
  availability: [
    { weekday: 6, startTime: '08:00', endTime: '12:00' },
    { weekday: 1, startTime: '13:00', endTime: '16:30' },
  ],
  requiresProtectiveEquipment: false,
  childSuitable: true,
  nonCommercialConfirmed: true,
};

describe('the work-site form', () => {
  it('round-trips a site through the form into the input the hub takes', () => {
    const input = formToInput(siteToForm(site));
    expect(input).toEqual({
      name: site.name,
      kind: 'MOSQUE',
      districtCode: '1507',
      address: site.address,
      activities: site.activities,
      capacity: 4,
      availability: site.availability,
      requiresProtectiveEquipment: false,
      childSuitable: true,
      nonCommercialConfirmed: true,
    });
  });

  it('sends one activity per non-empty line and an unreadable capacity as 0, for the hub to refuse by its rule', () => {
    const input = formToInput({ ...emptySite('1571'), activities: ' Menyapu \n\n Membaca ', capacity: 'sepuluh' });
    expect(input.activities).toEqual(['Menyapu', 'Membaca']);
    expect(input.capacity).toBe(0);
    expect(input.districtCode).toBe('1571');
    expect(input.nonCommercialConfirmed).toBe(false);
  });

  it('puts each refusal of the hub under the field it names', () => {
    const errors = [
      { field: 'input.capacity', code: 'INVALID_CAPACITY', message: 'Capacity is 1 to 100 people at once.' },
      { field: 'input.availability[1]', code: 'INVALID_SLOT', message: 'A window is a weekday 1–7 and HH:MM start before end.' },
      { field: 'input.nonCommercialConfirmed', code: 'COMMERCIAL_WORK', message: '…', article: 'KUHP Art. 85(3)' },
      { field: null, code: 'X', message: 'no field' },
    ];
    expect(fieldOf('input.availability[1]')).toBe('availability.1');
    expect(fieldOf('siteId')).toBe('siteId');
    expect(errorsFor(errors, 'capacity').map((e) => e.code)).toEqual(['INVALID_CAPACITY']);
    expect(errorsFor(errors, 'availability.1').map((e) => e.code)).toEqual(['INVALID_SLOT']);
    expect(errorsFor(errors, 'availability.0')).toEqual([]);
    expect(errorsFor(errors, 'nonCommercialConfirmed')[0]?.article).toBe('KUHP Art. 85(3)');
  });

  it('lists windows by weekday, in Indonesian time notation', () => {
    const names = ['', 'Senin', 'Selasa', 'Rabu', 'Kamis', 'Jumat', 'Sabtu', 'Minggu'];
    expect(describeWindows(site.availability, (n) => names[n]!)).toEqual(['Senin 13.00–16.30', 'Sabtu 08.00–12.00']);
  });

  it('keeps the idempotency key for the same input sent again and takes a new one for a changed input', () => {
    let n = 0;
    const next = () => `key-${++n}`;
    const first = keyFor(null, { a: 1 }, next);
    expect(keyFor(first, { a: 1 }, next)).toBe(first);
    expect(keyFor(first, { a: 2 }, next).key).toBe('key-2');
    expect(newIdempotencyKey()).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
  });

  it("reads the admin's provider from the token's provider_id claim", () => {
    const claims = btoa(JSON.stringify({ sub: 'provider.tjb', provider_id: '00000000-0000-4000-8000-000000000002' }))
      .replace(/\+/g, '-')
      .replace(/\//g, '_')
      .replace(/=+$/, '');
    expect(providerIdOf(`x.${claims}.y`)).toBe('00000000-0000-4000-8000-000000000002');
    expect(providerIdOf('not-a-token')).toBeNull();
  });
});
