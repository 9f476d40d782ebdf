import { decodeCursor, encodeCursor, pageWindow, toConnection } from './connection';

describe('Relay paging', () => {
  it('round-trips a cursor and continues after it', () => {
    expect(decodeCursor(encodeCursor(41))).toBe(41);
    expect(pageWindow(10, encodeCursor(9))).toEqual({ limit: 10, offset: 10 });
  });

  it('refuses a cursor it did not issue and a page size out of range, naming the argument', () => {
    expect(() => decodeCursor('bm9wZQ')).toThrow(/after/);
    expect(() => pageWindow(0, null)).toThrow(/first/);
    expect(() => pageWindow(101, null)).toThrow(/first/);
  });

  it('says whether more records follow', () => {
    expect(toConnection(['a', 'b'], 0, 3).pageInfo.hasNextPage).toBe(true);
    expect(toConnection(['c'], 2, 3).pageInfo.hasNextPage).toBe(false);
  });
});
