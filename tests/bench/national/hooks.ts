// The optional parts others build: the PostGraphile peer (tests/bench/peer) and the web
// measurements (tests/bench/web). Each is used when its index.ts exists, and reported as not
// measured otherwise.
import { existsSync } from 'node:fs';
import type { WebFigures } from './report.ts';

export interface PeerServer {
  url: string;
  stop(): Promise<void>;
  rss(): Promise<number>;
}

export interface PeerModule {
  startPeer(databaseUrl: string): Promise<PeerServer>;
  PEER_DOCUMENTS: { jointView: string; caseList: string };
  /** Whether Samlad's answer (to the same rows) and the peer's hold the same rows in the same order. */
  sameRows?(samladResponse: unknown, peerResponse: unknown, kind: 'jointView' | 'caseList'): boolean;
}

export interface WebModule {
  measureWeb(baseUrl: string, options?: { cookie?: string; runs?: number }): Promise<WebFigures>;
}

const here = (path: string) => new URL(path, import.meta.url);

export async function loadPeer(): Promise<PeerModule | string> {
  if (!existsSync(here('../peer/index.ts'))) return 'tests/bench/peer/index.ts does not exist';
  try {
    const module = (await import(here('../peer/index.ts').href)) as Partial<PeerModule>;
    if (typeof module.startPeer !== 'function' || !module.PEER_DOCUMENTS)
      return 'tests/bench/peer/index.ts exports no startPeer and PEER_DOCUMENTS';
    return module as PeerModule;
  } catch (error) {
    return `tests/bench/peer/index.ts failed to load: ${(error as Error).message}`;
  }
}

export async function loadWeb(): Promise<WebModule | string> {
  if (!existsSync(here('../web/index.ts'))) return 'tests/bench/web/index.ts does not exist';
  try {
    const module = (await import(here('../web/index.ts').href)) as Partial<WebModule>;
    if (typeof module.measureWeb !== 'function') return 'tests/bench/web/index.ts exports no measureWeb';
    return module as WebModule;
  } catch (error) {
    return `tests/bench/web/index.ts failed to load: ${(error as Error).message}`;
  }
}
