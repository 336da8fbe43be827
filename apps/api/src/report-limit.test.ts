import { getOperationAST, parse } from 'graphql';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { asksForReport, createReportLimit } from './report-limit.ts';
import { schema } from './schema/index.ts';
import { PEOPLE, startTestApi, type TestApi, type TestClient } from './test/harness.ts';

const asks = (source: string, operationName?: string) => {
  const document = parse(source);
  return asksForReport(schema, document, getOperationAST(document, operationName));
};

describe('which operations are reports', () => {
  it('finds the county overview at the root, aliased, or through fragments', () => {
    expect(asks('{ countyOverview(countyCode: "07", from: "a", to: "b") { countyName } }')).toBe(true);
    expect(asks('{ county: countyOverview(countyCode: "07", from: "a", to: "b") { countyName } }')).toBe(
      true,
    );
    expect(
      asks('{ ... on Query { countyOverview(countyCode: "07", from: "a", to: "b") { countyName } } }'),
    ).toBe(true);
    expect(
      asks(`query { ...Outer }
        fragment Outer on Query { ...Inner }
        fragment Inner on Query { countyOverview(countyCode: "07", from: "a", to: "b") { countyName } }`),
    ).toBe(true);
  });

  it('leaves every other operation alone', () => {
    expect(asks('{ jointView { meetings { id } } }')).toBe(false);
    expect(asks('{ organisationOverview(from: "a", to: "b") { forumCount } }')).toBe(false);
    // A field of that name below the root is not the report.
    expect(asks('{ viewer { countyOverview } }')).toBe(false);
    expect(asks('mutation { countyOverview }')).toBe(false);
    // Fragments that spread each other end.
    expect(asks('query { ...A } fragment A on Query { ...B } fragment B on Query { ...A }')).toBe(false);
  });

  it('looks at the operation the request names', () => {
    const source = `query Overview { countyOverview(countyCode: "07", from: "a", to: "b") { countyName } }
      query Joint { jointView { meetings { id } } }`;
    expect(asks(source, 'Overview')).toBe(true);
    expect(asks(source, 'Joint')).toBe(false);
  });
});

describe('reports in turn', () => {
  const limit = createReportLimit(1);
  /** Seen by the limit itself: the most reports running at once, and ahead of one arriving. */
  const seen = { running: 0, ahead: 0 };
  let entered = 0;
  const reports = new Proxy(limit, {
    apply: (target, _this, [run]: [() => Promise<unknown>]) => {
      entered += 1;
      seen.ahead = Math.max(seen.ahead, target.activeCount + target.pendingCount);
      return target(() => {
        seen.running = Math.max(seen.running, target.activeCount);
        return run();
      });
    },
  });
  let api: TestApi;
  let overseer: TestClient;

  beforeAll(async () => {
    api = await startTestApi({ reports });
    overseer = await api.signIn(PEOPLE.overseer);
  });
  afterAll(() => api?.close());

  const OVERVIEW = /* GraphQL */ `
    query($from: String!, $to: String!) {
      countyOverview(countyCode: "07", from: $from, to: $to) { countyName organisationLoad { forumCount } }
    }
  `;

  it('computes one county overview at a time when allowed one, and answers every one', async () => {
    const periods = ['2026-01-01', '2026-02-01', '2026-03-01'].map((from) => ({ from, to: '2026-11-30' }));
    const alone = [];
    for (const period of periods) alone.push(await overseer.gql(OVERVIEW, period));
    expect(seen).toEqual({ running: 1, ahead: 0 });
    const answers = await Promise.all(periods.map((p) => overseer.gql(OVERVIEW, p)));
    // Two arrived while another was running or waiting, and still only one ran at a time.
    expect(seen).toEqual({ running: 1, ahead: 2 });
    expect(answers.map((a) => a.errors)).toEqual([undefined, undefined, undefined]);
    expect(answers.map((a) => a.data)).toEqual(alone.map((a) => a.data));
    expect(answers[0]?.data).toMatchObject({ countyOverview: { countyName: 'Kronobergs län' } });
  });

  it('lets other operations past the queue', async () => {
    const before = entered;
    const queued = overseer.gql(OVERVIEW, { from: '2026-01-01', to: '2026-11-30' });
    const answer = await overseer.gql('{ viewer { isPlatformAdmin } }');
    expect(answer.data).toEqual({ viewer: { isPlatformAdmin: false } });
    expect((await queued).errors).toBeUndefined();
    // Only the overview passed through the limit.
    expect(entered - before).toBe(1);
    expect(limit.activeCount + limit.pendingCount).toBe(0);
  });
});
