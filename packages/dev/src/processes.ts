import { spawn, type ChildProcess } from 'node:child_process';
import { createInterface } from 'node:readline';
import type { Environment } from '@hub/config';

/** A hub process started by the orchestrator, its output prefixed with its name. */
export interface HubProcess {
  name: string;
  child: ChildProcess;
  exited: Promise<number | null>;
}

const COLOURS = ['\x1b[36m', '\x1b[35m', '\x1b[33m', '\x1b[32m', '\x1b[34m'];

/** Starts `node <script>` with the environment given, prefixing each output line with `[name]`. */
export function startProcess(name: string, script: string, env: Environment, index: number, quiet = false): HubProcess {
  const child = spawn(process.execPath, [script], { env: env as NodeJS.ProcessEnv, stdio: ['ignore', 'pipe', 'pipe'] });
  const colour = process.stdout.isTTY ? COLOURS[index % COLOURS.length]! : '';
  const reset = process.stdout.isTTY ? '\x1b[0m' : '';
  const prefix = `${colour}[${name}]${reset} `;
  for (const stream of [child.stdout!, child.stderr!]) {
    createInterface({ input: stream }).on('line', (line) => {
      if (!quiet) process.stdout.write(`${prefix}${line}\n`);
    });
  }
  const exited = new Promise<number | null>((ok) => child.once('exit', (code) => ok(code)));
  return { name, child, exited };
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
export async function stopProcesses(procs: HubProcess[], graceMs = 5_000): Promise<void> {
  await Promise.all(
    procs.map(async (p) => {
      if (p.child.exitCode !== null || p.child.signalCode !== null) return;
      p.child.kill('SIGTERM');
      const timer = setTimeout(() => p.child.kill('SIGKILL'), graceMs);
      await p.exited;
      clearTimeout(timer);
    }),
  );
}
