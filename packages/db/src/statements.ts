import { AsyncLocalStorage } from 'node:async_hooks';

/** Counts the SQL statements one request costs (tests assert it; the gateway sums it in development). */
export class StatementCounter {
  count = 0;
  readonly statements: string[] = [];
  constructor(private readonly keepText = false) {}

  record(sql: string): void {
    this.count += 1;
    if (this.keepText) this.statements.push(sql);
  }
}

const storage = new AsyncLocalStorage<StatementCounter>();

/** Runs `fn` with a fresh counter that every SQL statement issued inside it increments. */
export function withStatementCounter<T>(counter: StatementCounter, fn: () => T): T {
  return storage.run(counter, fn);
}

/** Records one statement against the counter of the current request, if any. */
export function recordStatement(sql: string): void {
  storage.getStore()?.record(sql);
}

/** The counter of the current request, if one is running. */
export function currentStatementCounter(): StatementCounter | undefined {
  return storage.getStore();
}
