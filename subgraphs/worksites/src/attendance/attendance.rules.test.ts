import { Placement } from '../placement/placement.entity';
import { AttendanceRecord } from './attendance.entity';
import { checkAttendance, type AttendanceClaim } from './attendance.rules';

const placement = (over: Partial<Placement> = {}): Placement =>
  Object.assign(new Placement(), {
    id: 'p1',
    orderId: 'o1',
    siteId: 's1',
    supervisorName: null,
    startDate: '2026-11-02',
    endDate: null,
    status: 'ACTIVE',
    orderKind: 'KERJA_SOSIAL',
    orderedHours: 10,
    maxHoursPerDay: 8,
    orderStartDate: '2026-11-02',
    orderDeadline: '2027-05-01',
    personIsChild: false,
    personDistrictCode: '1507',
    personInitials: 'A.B.',
    personId: 'c1',
    ...over,
  });
const rec = (id: string, date: string, hours: number, placementId = 'p1', supersedesId: string | null = null): AttendanceRecord =>
  Object.assign(new AttendanceRecord(), {
    id,
    placementId,
    date,
    hours,
    outcome: hours > 0 ? 'ATTENDED' : 'UNACCEPTABLE_ABSENCE',
    activity: null,
    recordedAt: new Date(),
    supersedesId,
  });
const check = (claim: Partial<AttendanceClaim>, records: AttendanceRecord[] = [], p = placement(), others: Placement[] = []) =>
  checkAttendance(
    { placementId: 'p1', date: '2026-11-20', hours: 2, outcome: 'ATTENDED', ...claim },
    { placement: p, personPlacements: [p, ...others], records, today: '2026-11-27' },
  ).map((e) => e.code);

describe('attendance rules', () => {
  it('never credits more than the ordered hours, on both sides of the line (KUHP Art. 85(4))', () => {
    const done = [rec('r1', '2026-11-10', 8)];
    expect(check({ hours: 2 }, done)).toEqual([]);
    expect(check({ hours: 2.25 }, done)).toEqual(['ORDERED_HOURS_EXCEEDED']);
  });

  it('holds an adult to 8 hours a day across all sites of the person (KUHP Art. 85(5))', () => {
    const other = placement({ id: 'p2', siteId: 's2' });
    const elsewhere = [rec('r1', '2026-11-20', 6, 'p2')];
    expect(check({ hours: 2 }, elsewhere, placement({ orderedHours: 240 }), [other])).toEqual([]);
    expect(check({ hours: 2.25 }, elsewhere, placement({ orderedHours: 240 }), [other])).toEqual(['DAILY_CAP_EXCEEDED']);
  });

  it('accepts days within the placement and refuses the day before it starts and after the deadline', () => {
    expect(check({ date: '2026-11-02' })).toEqual([]);
    expect(check({ date: '2026-11-01' })).toEqual(['OUTSIDE_PLACEMENT']);
    expect(check({ date: '2026-11-27' }, [], placement({ orderDeadline: '2026-11-26' }))).toEqual(['OUTSIDE_PLACEMENT']);
  });

  it('counts quarter hours only', () => {
    expect(check({ hours: 1.25 })).toEqual([]);
    expect(check({ hours: 1.3 })).toEqual(['INVALID_HOURS']);
  });

  it('wants a correction for a day already recorded, and lets the correction replace it', () => {
    const day = [rec('r1', '2026-11-20', 3)];
    expect(check({}, day)).toEqual(['DAY_ALREADY_RECORDED']);
    expect(check({ hours: 5, supersedesId: 'r1' }, day)).toEqual([]);
    expect(check({ hours: 2, supersedesId: 'r1' }, [...day, rec('r2', '2026-11-20', 4, 'p1', 'r1')])).toEqual([
      'ALREADY_CORRECTED',
    ]);
  });
});
