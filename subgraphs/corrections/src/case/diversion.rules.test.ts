import { diversionEligibility, litmasDue, rulesOn } from '@hub/reference';
import { diversionClock, diversionOf } from './diversion.rules';
import type { CaseFile } from './case.entity';
import type { Offense } from './offense.entity';

const base = {
  offenseDate: '2026-10-01',
  stage: 'PRE_ADJUDICATION',
  stageStartedOn: '2026-10-20',
  diversionTrigger: null,
  diversionTriggeredOn: null,
};
const caseFile = (repeat = false, started: string | null = '2026-11-01') =>
  ({ ...base, repeatOffense: repeat, diversionStatus: 'IN_PROGRESS', diversionStartedOn: started }) as unknown as CaseFile;
const offense = (months: number) => ({ maxTermMonths: months }) as Offense;
const rules = rulesOn('2026-10-01');

describe('diversion eligibility (SPPA Art. 7(2)), computed in one place', () => {
  it('is mandatory just under seven years and not at seven years', () => {
    expect(diversionEligibility(rules, 83, false).eligible).toBe(true);
    expect(diversionEligibility(rules, 84, false)).toEqual({ eligible: false, reason: 'TERM_TOO_LONG' });
    expect(diversionOf(caseFile(), offense(83)).eligible).toBe(true);
    const seven = diversionOf(caseFile(), offense(84));
    expect(seven.eligible).toBe(false);
    expect(seven.reason).toContain('SPPA Art. 7(2)(a)');
    expect(seven.status).toBe('NOT_ELIGIBLE');
  });

  it('is not available for a repeat offence', () => {
    expect(diversionOf(caseFile(true), offense(12)).reason).toContain('SPPA Art. 7(2)(b)');
  });
});

describe('diversion clock from the legal trigger (SPPA Art. 29, 42, 52), numbers from the rule set', () => {
  it('ends 30 days after it started, citing the stage limit', () => {
    const d = diversionOf(caseFile(false, '2026-11-01'), offense(12));
    expect(d.deadline).toBe('2026-12-01');
    expect(d.limitArticle).toBe('SPPA Art. 29(2)');
    expect(rules.diversion.stageDays).toBe(30);
  });

  it('must start within 7 days of the investigation beginning (Art. 29(1)): the trigger day + 7 is the last day', () => {
    const notStarted = {
      ...base,
      repeatOffense: false,
      diversionStatus: 'NOT_STARTED',
      diversionStartedOn: null,
      diversionTrigger: 'INVESTIGATION_STARTED',
      diversionTriggeredOn: '2026-11-20',
    } as unknown as CaseFile;
    const d = diversionOf(notStarted, offense(12));
    expect(d).toMatchObject({ startBy: '2026-11-27', trigger: 'INVESTIGATION_STARTED', startArticle: 'SPPA Art. 29(1)' });
    expect(diversionOf(notStarted, offense(84)).startBy).toBeNull();
  });

  it("runs from the prosecutor's receipt (Art. 42(1)) and the judge's designation (Art. 52(2)), not the stage's start", () => {
    const prosecution = {
      ...base,
      diversionTrigger: 'CASE_FILE_RECEIVED_BY_PROSECUTOR',
      diversionTriggeredOn: '2026-11-02',
    } as unknown as CaseFile;
    expect(diversionClock(prosecution)).toMatchObject({
      startBy: '2026-11-09',
      startArticle: 'SPPA Art. 42(1)',
      limitArticle: 'SPPA Art. 42(2)',
    });
    const court = {
      ...base,
      stage: 'ADJUDICATION',
      diversionTrigger: 'JUDGE_DESIGNATED',
      diversionTriggeredOn: '2026-11-10',
    } as unknown as CaseFile;
    expect(diversionClock(court)).toMatchObject({
      startBy: '2026-11-17',
      startArticle: 'SPPA Art. 52(2)',
      limitArticle: 'SPPA Art. 52(3)',
    });
  });
});

describe('Litmas deadlines per purpose', () => {
  it('gives 3×24 hours for an investigator or a diversion request (PP 65/2015)', () => {
    expect(litmasDue(rules, 'DIVERSION', null)).toMatchObject({
      hours: 72,
      basis: expect.stringContaining('PP 65/2015') as string,
    });
    expect(litmasDue(rules, 'TRIAL', 'INVESTIGATOR')).toMatchObject({ hours: 72 });
  });

  it('takes other purposes from the rule set, not silently 72 hours', () => {
    expect(litmasDue(rules, 'TRIAL', 'COURT').hours).toBe(rules.litmas.byPurpose['TRIAL']);
    expect(litmasDue(rules, 'GUIDANCE', 'CORRECTIONAL_INSTITUTION').hours).toBe(14 * 24);
    expect(litmasDue(rules, 'GUIDANCE', null).basis).not.toContain('PP 65/2015');
    for (const purpose of ['DIVERSION', 'TRIAL', 'GUIDANCE', 'ASSIMILATION', 'REINTEGRATION'])
      expect(rules.litmas.byPurpose[purpose]).toBeGreaterThan(0);
  });
});
