// Runs one load from a child process (load-child.ts); samplePeak samples a process's memory meanwhile.
import { type ChildProcess, spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { LoadResult, LoadSpec } from './load-child.ts';

const CHILD = fileURLToPath(new URL('./load-child.ts', import.meta.url));
const running = new Set<ChildProcess>();
let stopped = false;

/** Ends the loads still running and starts no more (on SIGINT / SIGTERM), so none outlives the benchmark. */
export function stopLoads() {
  stopped = true;
  for (const child of running) child.kill('SIGKILL');
}

export function runLoad(spec: LoadSpec): Promise<LoadResult> {
  return new Promise((resolve, reject) => {
    if (stopped) return reject(new Error(`the load for ${spec.label} was not started: the run is stopping`));
    const child = spawn(process.execPath, ['--import', 'tsx', CHILD, JSON.stringify(spec)], {
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    running.add(child);
    let out = '';
    child.stdout.setEncoding('utf8');
    child.stdout.on('data', (chunk: string) => {
      out += chunk;
    });
    // Never outlive the bound: the duration plus time to start and to drain.
    const guard = setTimeout(() => child.kill('SIGKILL'), (spec.duration + 60) * 1000);
    child.on('error', reject);
    child.on('exit', (code, signal) => {
      clearTimeout(guard);
      running.delete(child);
      if (code !== 0)
        return reject(new Error(`the load generator for ${spec.label} exited with ${code ?? signal}`));
      try {
        const result = JSON.parse(out.trim().split('\n').pop() ?? '') as LoadResult;
        // No response in time makes the percentiles NaN, which JSON carries as null.
        for (const key of ['p50', 'p95', 'p99'] as const) result[key] ??= Number.NaN;
        resolve(result);
      } catch {
        reject(new Error(`the load generator for ${spec.label} printed no result`));
      }
    });
  });
}

/** Samples `read` every 100 ms until stopped; returns the highest value seen. */
export function samplePeak(read: () => number | Promise<number>): { stop(): Promise<number> } {
  let peak = 0;
  let busy = false;
  const take = async () => {
    if (busy) return;
    busy = true;
    try {
      peak = Math.max(peak, await read());
    } catch {
      // a sample that fails (a peer gone away) leaves the peak as it was
    } finally {
      busy = false;
    }
  };
  void take();
  const timer = setInterval(() => void take(), 100);
  return {
    stop: async () => {
      clearInterval(timer);
      await take();
      return peak;
    },
  };
}
