import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import type { Environment } from '@hub/config';

/** How a supervised process is restarted after it exits: the delay doubles from `initialDelayMs` up to `maxDelayMs`. */
export interface RestartPolicy {
  initialDelayMs: number;
  maxDelayMs: number;
  /** A process that ran this long before exiting is restarted after the initial delay again. */
  resetAfterMs: number;
}

/** The default for `npm start`: quick first retry, never more than 10 s between tries. */
export const DEFAULT_RESTART: RestartPolicy = { initialDelayMs: 1_000, maxDelayMs: 10_000, resetAfterMs: 30_000 };

/** A hub process started by the orchestrator, its output prefixed with its name. */
export interface HubProcess {
  name: string;
  /** The running child (a new one after each restart). */
  readonly child: ChildProcess;
  /** Resolves when the current child exits (its exit code, or null after a signal). */
  readonly exited: Promise<number | null>;
  /** How many times it was restarted. */
  readonly restarts: number;
  /** Stops it for good: no restart after this. */
  stop(graceMs?: number): Promise<void>;
}

const COLOURS = ['\x1b[36m', '\x1b[35m', '\x1b[33m', '\x1b[32m', '\x1b[34m'];

function spawnNode(name: string, script: string, env: Environment, index: number, quiet: boolean) {
  const child = spawn(process.execPath, [script], { env: env as NodeJS.ProcessEnv, stdio: ['ignore', 'pipe', 'pipe'] });
  const colour = process.stdout.isTTY ? COLOURS[index % COLOURS.length]! : '';
  const reset = process.stdout.isTTY ? '\x1b[0m' : '';
  const prefix = `${colour}[${name}]${reset} `;
  for (const stream of [child.stdout!, child.stderr!]) {
    createInterface({ input: stream }).on('line', (line) => {
      if (!quiet) process.stdout.write(`${prefix}${line}\n`);
    });
  }
  const exited = new Promise<{ code: number | null; signal: NodeJS.Signals | null }>((ok) =>
    child.once('exit', (code, signal) => ok({ code, signal })),
  );
  return { child, exited };
}

export interface StartOptions {
  quiet?: boolean;
  /** Restart the process whenever it exits, until stop() (none: it stays down). */
  restart?: RestartPolicy;
  /** Told about every restart, with the reason. */
  onRestart?: (message: string) => void;
}

/**
 * Starts `node <script>` with the environment given, prefixing each output line with `[name]`; with
 * a restart policy it is started again, with back-off, whenever it exits before stop().
 */
export function startProcess(
  name: string,
  script: string,
  env: Environment,
  index: number,
  options: StartOptions = {},
): HubProcess {
  let stopped = false;
  let restarts = 0;
  let delay = options.restart?.initialDelayMs ?? 0;
  let current = spawnNode(name, script, env, index, options.quiet ?? false);
  let startedAt = Date.now();
  let pendingRestart: NodeJS.Timeout | undefined;

  const watch = (): void => {
    void current.exited.then(({ code, signal }) => {
      const policy = options.restart;
      if (stopped || !policy) return;
      if (Date.now() - startedAt >= policy.resetAfterMs) delay = policy.initialDelayMs;
      const reason = signal ? `killed by ${signal}` : `exit code ${code}`;
      options.onRestart?.(`${name} stopped (${reason}); restarting in ${(delay / 1000).toFixed(1)} s`);
      pendingRestart = setTimeout(() => {
        if (stopped) return;
        restarts += 1;
        current = spawnNode(name, script, env, index, options.quiet ?? false);
        startedAt = Date.now();
        watch();
      }, delay);
      delay = Math.min(delay * 2, policy.maxDelayMs);
    });
  };
  watch();

  return {
    name,
    get child() {
      return current.child;
    },
    get exited() {
      return current.exited.then(({ code }) => code);
    },
    get restarts() {
      return restarts;
    },
    async stop(graceMs = 15_000) {
      stopped = true;
      clearTimeout(pendingRestart);
      const { child } = current;
      if (child.exitCode !== null || child.signalCode !== null) return;
      child.kill('SIGCONT'); // a stopped process must run to handle SIGTERM
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), graceMs);
      await current.exited;
      clearTimeout(timer);
    },
  };
}

/** Polls `url` until it answers 200, the process dies, or the time runs out. */
export async function waitUntilReady(proc: HubProcess, url: string, timeoutMs: number): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let dead = false;
  void proc.exited.then(() => (dead = true));
  while (Date.now() < deadline) {
    if (dead) throw new Error(`${proc.name} exited before it was ready (see its log above)`);
    try {
      const res = await fetch(url, { signal: AbortSignal.timeout(1_000) });
      if (res.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`${proc.name} was not ready at ${url} within ${Math.round(timeoutMs / 1000)} s`);
}

/** Stops processes with SIGTERM, then SIGKILL for any still running after the grace period. */
export async function stopProcesses(procs: HubProcess[], graceMs = 15_000): Promise<void> {
  await Promise.all(procs.map((p) => p.stop(graceMs)));
}
