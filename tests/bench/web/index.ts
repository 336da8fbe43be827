// The web app's weight and Lighthouse scores, measured against a running server that serves the
// built app (apps/web/dist through the API). Builds nothing: measure what is deployed.
import { gzipSync } from 'node:zlib';
import { launch } from 'chrome-launcher';
import lighthouse, { type Config, desktopConfig, type Flags, type Result } from 'lighthouse';
import { CHROMIUM_FLAGS, chromiumPath } from '../../e2e/support/chromium.ts';

export type WebPage = 'joint-view' | 'catalogue';

export interface WebMeasurement {
  /** Bytes of the scripts the shell loads before anything renders (entry + modulepreloads), gzip -9. */
  initialJsGzip: number;
  /** Bytes of the shell's stylesheets, gzip -9. */
  initialCssGzip: number;
  /** Category scores, 0–100 (the median of `runs` for performance). */
  lighthouse: Record<WebPage, { performance: number; accessibility: number }>;
}

export interface MeasureWebOptions {
  /** `name=value` of a signed-in session, sent with every request of the joint view's run. */
  cookie?: string;
  /** Lighthouse's form factor and throttling; mobile is its default. */
  preset?: 'mobile' | 'desktop';
  /** Lighthouse runs per page; performance varies between runs, so the median is reported. */
  runs?: number;
  /** Each page's median-performance report, for finding out why a score is low. */
  onReport?: (page: WebPage, report: Result) => void;
}

/** The browser the Lighthouse runs drive: the one the browser tests use, started the same way. */
export const CHROMIUM_PATH = chromiumPath;

const PAGES: Record<WebPage, { path: string; signedIn: boolean }> = {
  'joint-view': { path: '/', signedIn: true },
  // The catalogue is for young people and parents without an account: measured signed out.
  catalogue: { path: '/aktiviteter', signedIn: false },
};

export async function measureWeb(baseUrl: string, options: MeasureWebOptions = {}): Promise<WebMeasurement> {
  if (options.cookie === undefined) {
    throw new Error(
      'measureWeb needs a signed-in session cookie: the joint view redirects to sign-in without one.',
    );
  }
  const { initialJsGzip, initialCssGzip } = await initialAssets(baseUrl);
  const chrome = await launch({ chromePath: CHROMIUM_PATH, chromeFlags: CHROMIUM_FLAGS });
  try {
    const scores = {} as WebMeasurement['lighthouse'];
    for (const [page, { path, signedIn }] of Object.entries(PAGES) as [WebPage, (typeof PAGES)[WebPage]][]) {
      const reports: Result[] = [];
      for (let run = 0; run < Math.max(1, options.runs ?? 3); run++) {
        reports.push(
          await audit(
            `${baseUrl}${path}`,
            chrome.port,
            options.preset ?? 'mobile',
            signedIn ? options.cookie : undefined,
          ),
        );
      }
      reports.sort((a, b) => score(a, 'performance') - score(b, 'performance'));
      const median = reports[Math.floor(reports.length / 2)] as Result;
      if (signedIn && new URL(median.finalDisplayedUrl).pathname !== path) {
        throw new Error(
          `${page}: Lighthouse ended on ${median.finalDisplayedUrl}, not ${path}: is the cookie signed in?`,
        );
      }
      options.onReport?.(page, median);
      scores[page] = {
        performance: score(median, 'performance'),
        accessibility: score(median, 'accessibility'),
      };
    }
    return { initialJsGzip, initialCssGzip, lighthouse: scores };
  } finally {
    chrome.kill();
  }
}

async function audit(url: string, port: number, preset: 'mobile' | 'desktop', cookie: string | undefined) {
  const flags: Flags = {
    port,
    output: 'json',
    logLevel: 'error',
    onlyCategories: ['performance', 'accessibility'],
    ...(cookie === undefined ? {} : { extraHeaders: { Cookie: cookie } }),
  };
  const config: Config | undefined = preset === 'desktop' ? desktopConfig : undefined;
  const result = await lighthouse(url, flags, config);
  if (!result) throw new Error(`Lighthouse returned nothing for ${url}`);
  const { lhr } = result;
  if (lhr.runtimeError) throw new Error(`Lighthouse could not audit ${url}: ${lhr.runtimeError.message}`);
  return lhr;
}

function score(report: Result, category: 'performance' | 'accessibility'): number {
  const value = report.categories[category]?.score;
  if (value === null || value === undefined) throw new Error(`Lighthouse gave no ${category} score`);
  return Math.round(value * 100);
}

/**
 * The scripts (module entry and modulepreloads) and stylesheets that the served index.html names:
 * what every first visit downloads before the first page can render. Lazy pages are not counted.
 */
export async function initialAssets(
  baseUrl: string,
): Promise<{ initialJsGzip: number; initialCssGzip: number }> {
  const shell = await fetch(`${baseUrl}/`, { headers: { accept: 'text/html' } });
  if (!shell.ok) throw new Error(`GET ${baseUrl}/ answered ${shell.status}`);
  const html = await shell.text();
  const scripts = new Set<string>();
  const styles = new Set<string>();
  for (const [tag] of html.matchAll(/<(?:script|link)\b[^>]*>/gi)) {
    const src = attribute(tag, 'src');
    const href = attribute(tag, 'href');
    const rel = attribute(tag, 'rel')?.toLowerCase();
    if (tag.toLowerCase().startsWith('<script') && src) scripts.add(src);
    else if (rel === 'modulepreload' && href) scripts.add(href);
    else if (rel === 'stylesheet' && href) styles.add(href);
  }
  if (scripts.size === 0) throw new Error(`${baseUrl}/ names no scripts: is the built web app served?`);
  const gzipped = async (path: string) => {
    const url = new URL(path, `${baseUrl}/`);
    const res = await fetch(url);
    if (!res.ok) throw new Error(`GET ${url} answered ${res.status}`);
    return gzipSync(Buffer.from(await res.arrayBuffer()), { level: 9 }).length;
  };
  const sum = async (paths: Set<string>) =>
    (await Promise.all([...paths].map(gzipped))).reduce((total, size) => total + size, 0);
  return { initialJsGzip: await sum(scripts), initialCssGzip: await sum(styles) };
}

function attribute(tag: string, name: string): string | undefined {
  return new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i')
    .exec(tag)
    ?.slice(1)
    .find(Boolean);
}
