import type { HttpRefusal } from '@hub/server';

/**
 * Requests one caller (the token's subject) may have in flight at once at the gateway. Together with
 * the cost limit it bounds what one account can take from everyone else: a fifth request waits for
 * none, it is refused at once with 429 and can be retried. A write that asks the gateway for another
 * agency's facts as the caller uses a second place while it runs.
 */
export const MAX_CONCURRENT_PER_CALLER = 4;

/** Counts the requests in flight per caller. */
export class CallerLimiter {
  private readonly inFlight = new Map<string, number>();

  constructor(private readonly max = MAX_CONCURRENT_PER_CALLER) {}

  /** Takes a place for the caller, or answers 429 when they already use all of theirs. */
  admit(subject: string): { release: () => void } | HttpRefusal {
    const now = this.inFlight.get(subject) ?? 0;
    if (now >= this.max) {
      return {
        status: 429,
        code: 'TOO_MANY_REQUESTS',
        message: `Too many requests at once from this account (at most ${this.max} at a time); wait for an answer before sending more.`,
      };
    }
    this.inFlight.set(subject, now + 1);
    let released = false;
    return {
      release: () => {
        if (released) return;
        released = true;
        const left = (this.inFlight.get(subject) ?? 1) - 1;
        if (left <= 0) this.inFlight.delete(subject);
        else this.inFlight.set(subject, left);
      },
    };
  }
}
