// The benchmark's side of the API's own process (api-child.ts): start it, ask it for its SQL
// statement count and resident memory over IPC, stop it. Every wait is bounded, and the child
// stops by itself if this process goes away.

import { type ChildProcess, fork } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { bundle } from '../../../apps/api/scripts/bundle.ts';
import { productionNodeOptions } from '../../../apps/api/scripts/node-options.ts';
import { log } from '../support.ts';
import type { ApiChildOptions, FromApiChild, ToApiChild } from './api-child.ts';

const SOURCE = fileURLToPath(new URL('./api-child.ts', import.meta.url));
/** The child compiled as production compiles the API (apps/api/scripts/bundle.ts), beside it. */
const OUT = fileURLToPath(new URL('./.build', import.meta.url));
const CHILD = `${OUT}/api-child.js`;

/**
 * Node's options for the API process: production's (apps/api's start script), unless
 * API_NODE_OPTIONS says otherwise, to try others.
 */
const NODE_OPTIONS = process.env.API_NODE_OPTIONS?.split(' ').filter(Boolean) ?? productionNodeOptions();
const START_TIMEOUT_MS = 120_000;
const SAMPLE_TIMEOUT_MS = 5_000;
const STOP_TIMEOUT_MS = 10_000;

export interface ApiSample {
  /** SQL statements the API process has sent since it started. */
  statements: number;
  /** Its resident memory in bytes. */
  rss: number;
}

export interface ApiProcess {
  origin: string;
  pid: number;
  sample(): Promise<ApiSample>;
  stop(): Promise<void>;
}

export async function startApi(options: ApiChildOptions): Promise<ApiProcess> {
  await bundle({ 'api-child': SOURCE }, OUT);
  const child = fork(CHILD, [JSON.stringify(options)], {
    execArgv: NODE_OPTIONS,
    env: { ...process.env, NODE_ENV: 'production' },
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  const pid = child.pid;
  if (pid === undefined) throw new Error('the API process did not start');
  let exitStatus: string | undefined;
  const exited = new Promise<void>((resolve) =>
    child.once('exit', (code, signal) => {
      exitStatus = String(code ?? signal);
      resolve();
    }),
  );
  // A send on a closing channel reports here; the waits below are bounded, so it is only logged.
  child.on('error', (error) => log(`the API process: ${error.message}`));
  const pending = new Map<number, (sample: ApiSample) => void>();
  let nextId = 0;
  child.on('message', (message: FromApiChild) => {
    if (message.type !== 'sample') return;
    pending.get(message.id)?.({ statements: message.statements, rss: message.rss });
    pending.delete(message.id);
  });

  let origin: string;
  try {
    origin = await new Promise<string>((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`the API process is not listening after ${START_TIMEOUT_MS} ms`)),
        START_TIMEOUT_MS,
      );
      child.on('message', (message: FromApiChild) => {
        if (message.type === 'sample') return;
        clearTimeout(timer);
        if (message.type === 'listening') resolve(message.origin);
        else reject(new Error(`the API process could not start: ${message.message}`));
      });
      void exited.then(() => {
        clearTimeout(timer);
        reject(new Error(`the API process exited (${exitStatus}) before listening`));
      });
    });
  } catch (error) {
    await stopChild(child, exited);
    throw error;
  }

  return {
    origin,
    pid,
    sample: () =>
      new Promise<ApiSample>((resolve, reject) => {
        if (exitStatus !== undefined || !child.connected)
          return reject(new Error(`the API process has exited (${exitStatus ?? 'disconnected'})`));
        const id = nextId++;
        const timer = setTimeout(() => {
          pending.delete(id);
          reject(new Error(`the API process did not answer a sample in ${SAMPLE_TIMEOUT_MS} ms`));
        }, SAMPLE_TIMEOUT_MS);
        pending.set(id, (sample) => {
          clearTimeout(timer);
          resolve(sample);
        });
        child.send({ type: 'sample', id } satisfies ToApiChild);
      }),
    stop: () => stopChild(child, exited),
  };
}

/** Asks the child to stop, then SIGTERM, then SIGKILL, each after a bounded wait. */
async function stopChild(child: ChildProcess, exited: Promise<void>): Promise<void> {
  const gone = () => child.exitCode !== null || child.signalCode !== null;
  const waitExit = (ms: number) =>
    Promise.race([exited, new Promise<void>((resolve) => setTimeout(resolve, ms).unref())]);
  if (gone()) return;
  if (child.connected) child.send({ type: 'stop' } satisfies ToApiChild);
  await waitExit(STOP_TIMEOUT_MS);
  if (gone()) return;
  child.kill('SIGTERM');
  await waitExit(STOP_TIMEOUT_MS / 2);
  if (gone()) return;
  child.kill('SIGKILL');
  await waitExit(STOP_TIMEOUT_MS / 2);
}
