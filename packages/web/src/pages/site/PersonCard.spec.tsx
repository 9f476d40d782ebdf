import { describe, expect, it, vi } from 'vitest';
import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import type { QueuedAttendance, RosterPlacement, RosterSite } from '../../offline/db';
import { PersonCard } from './PersonCard';

const site: RosterSite = {
  id: 's1',
  name: 'Bank Sampah Bram Itam Bersih',
  activities: ['Memilah sampah anorganik'],
  availability: [{ weekday: 5, startTime: '08:00', endTime: '12:00' }],
  placements: [],
};
const placement: RosterPlacement = {
  id: 'p1',
  startDate: '2026-11-05',
  displayName: 'Z.P.',
  isChild: false,
  hoursCredited: 16,
  hoursRemaining: 144,
  attendance: [{ date: '2026-11-16', hours: 2, outcome: 'ATTENDED' }],
};

function card(props: Partial<Parameters<typeof PersonCard>[0]> = {}) {
  const onRecord = vi.fn(async () => undefined);
  render(
    <ul>
      <PersonCard
        site={site}
        placement={placement}
        date="2026-11-20"
        today="2026-11-29"
        local={null}
        preset={null}
        onRecord={onRecord}
        {...props}
      />
    </ul>,
  );
  return onRecord;
}

describe("a person's card on the site supervisor's page", () => {
  it('records the day as attended with one tap, for the hours of the site’s session', async () => {
    const onRecord = card();
    expect(screen.getByRole('heading', { name: 'Inisial: Z.P.' })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: 'Catat Z.P. hadir 4 jam pada 20 Nov 2026' }));
    await waitFor(() =>
      expect(onRecord).toHaveBeenCalledWith({
        placementId: 'p1',
        date: '2026-11-20',
        hours: 4,
        outcome: 'ATTENDED',
        activity: null,
        reason: null,
      }),
    );
  });

  it('asks for the reason of an acceptable absence before keeping it, naming the field', async () => {
    const onRecord = card();
    fireEvent.click(screen.getByRole('button', { name: 'Catatan lain untuk Z.P.' }));
    fireEvent.click(screen.getByLabelText('Tidak hadir dengan alasan sah'));
    fireEvent.click(screen.getByRole('button', { name: 'Simpan catatan' }));
    const alert = await screen.findByRole('alert');
    expect(alert.textContent).toContain('Ketidakhadiran yang sah memerlukan alasannya.');
    expect(alert.textContent).toContain('input.reason');
    expect(onRecord).not.toHaveBeenCalled();
    fireEvent.change(screen.getByLabelText(/^Alasan/), { target: { value: 'Sakit, ada surat dokter' } });
    fireEvent.click(screen.getByRole('button', { name: 'Simpan catatan' }));
    await waitFor(() =>
      expect(onRecord).toHaveBeenCalledWith(
        expect.objectContaining({ outcome: 'ACCEPTABLE_ABSENCE', hours: 0, reason: 'Sakit, ada surat dokter' }),
      ),
    );
  });

  it('shows a day the hub already has, and a record waiting on the device, instead of the button', () => {
    card({ date: '2026-11-16' });
    expect(screen.getByText('Sudah tercatat di hub: Hadir, 2 jam.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /Catat Z\.P\. hadir/ })).toBeNull();
  });

  it('shows a record waiting on the device, and why it waits', () => {
    const base = {
      key: 'att-1',
      placementId: 'p1',
      date: '2026-11-20',
      hours: 4,
      outcome: 'ATTENDED',
      state: 'pending',
      lastRetryReason: 'network',
    };
    card({ local: base as QueuedAttendance });
    expect(screen.getByText('Menunggu')).toBeTruthy();
    expect(screen.getByText('menunggu koneksi')).toBeTruthy();
  });

  it('shows a refusal with its rule and article, and lets the day be recorded again', () => {
    const refused = {
      key: 'att-2',
      placementId: 'p1',
      date: '2026-11-20',
      hours: 4,
      outcome: 'ATTENDED',
      state: 'refused',
      refusals: [
        {
          code: 'DAILY_CAP_EXCEEDED',
          message: 'Jumlah jam sehari melebihi batas harian',
          field: 'input.hours',
          article: 'KUHP Art. 85(5)',
        },
      ],
    };
    card({ local: refused as unknown as QueuedAttendance });
    expect(screen.getByText('Ditolak')).toBeTruthy();
    expect(screen.getByText(/Jumlah jam sehari melebihi batas harian/).parentElement?.textContent).toContain(
      'dasar hukum: KUHP Art. 85(5)',
    );
    expect(screen.getByRole('button', { name: /Catat Z\.P\. hadir/ })).toBeTruthy();
  });

  it('cannot record a day before the placement starts', () => {
    card({ date: '2026-11-01' });
    expect(screen.getByText('Penempatan mulai 5 Nov 2026: tanggal ini belum dapat dicatat.')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /hadir/ })).toBeNull();
  });
});
