import { diversionOf } from './diversion';
import type { CaseFile } from './case.entity';
import type { Offense } from './offense.entity';

const caseFile = (repeat = false, started: string | null = '2026-11-01') =>
  ({ repeatOffense: repeat, diversionStatus: 'IN_PROGRESS', diversionStartedOn: started }) as CaseFile;
const offense = (months: number) => ({ maxTermMonths: months }) as Offense;

describe('diversion (SPPA Art. 7)', () => {
  it('is mandatory just under seven years and not at seven years', () => {
    expect(diversionOf(caseFile(), offense(83)).eligible).toBe(true);
    const seven = diversionOf(caseFile(), offense(84));
    expect(seven.eligible).toBe(false);
    expect(seven.reason).toContain('SPPA Art. 7(2)(a)');
    expect(seven.status).toBe('NOT_ELIGIBLE');
  });

  it('is not available for a repeat offence', () => {
    expect(diversionOf(caseFile(true), offense(12)).reason).toContain('SPPA Art. 7(2)(b)');
  });

  it('ends each stage 30 days after it started', () => {
    expect(diversionOf(caseFile(false, '2026-11-01'), offense(12)).deadline).toBe('2026-12-01');
  });
});

describe('diversion start deadline (SPPA Art. 7, 29)', () => {
  it('must start within 7 days of the stage: the last day is the stage start + 7', () => {
    const notStarted = {
      repeatOffense: false,
      diversionStatus: 'NOT_STARTED',
      diversionStartedOn: null,
      stageStartedOn: '2026-11-20',
    } as unknown as CaseFile;
    expect(diversionOf(notStarted, offense(12)).startBy).toBe('2026-11-27');
    expect(diversionOf(notStarted, offense(84)).startBy).toBeNull();
  });
});
