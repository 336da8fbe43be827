import type { Context } from '../../context.ts';
import { userInputError } from '../../errors.ts';
import { oncePerRequest } from '../../request-memo.ts';
import {
  type Deliveries,
  type ForumDelivery as Delivery,
  type ForumScope,
  forumDeliveries,
  pooledPulse,
} from './delivery.service.ts';
import { activityFigures, caseFigures } from './figures.service.ts';
import { type LoadScope, organisationLoads } from './load.service.ts';
import {
  listMergeProposals,
  type MergeProposal as Proposal,
  type ProposalScope,
} from './merge-proposal.service.ts';
import type { NetworkValue } from './merge-types.graphql.ts';
import { countyMergeCandidates, countyNetwork } from './overlap.service.ts';
import type { OverviewPeriod } from './overview-access.ts';
import type { CountyDeliveryValue } from './overview-types.graphql.ts';

// What the overview's fields compute from the services' rows, kept out of the resolvers. Several
// fields of one response read the same rows; oncePerRequest makes each read happen once, and the
// county overview fills these memos for every section it asks for in at most two statements
// (county-overview.service.ts), under the same keys (its scopes are built key for key as the
// fields build theirs, since the keys hold them as JSON).

export const memoKeys = {
  load: (which: LoadScope, period: OverviewPeriod, threshold: number) =>
    `overview:load:${JSON.stringify(which)}:${period.from}:${period.to}:${threshold}`,
  deliveries: (scope: ForumScope, period: OverviewPeriod) =>
    `overview:deliveries:${JSON.stringify(scope)}:${period.from}:${period.to}`,
  proposals: (which: ProposalScope) => `overview:proposals:${JSON.stringify(which)}`,
  cases: (countyCode: string, period: OverviewPeriod) =>
    `overview:cases:${countyCode}:${period.from}:${period.to}`,
  activities: (countyCode: string, period: OverviewPeriod) =>
    `overview:activities:${countyCode}:${period.from}:${period.to}`,
};

export const loadsOf = (ctx: Context, which: LoadScope, period: OverviewPeriod, threshold: number) =>
  oncePerRequest(ctx, memoKeys.load(which, period, threshold), () =>
    organisationLoads(ctx, which, period, threshold),
  );

/** The forums list and the county totals read the same statement: once per request. */
export const deliveriesOf = (ctx: Context, scope: ForumScope, period: OverviewPeriod): Promise<Deliveries> =>
  oncePerRequest(ctx, memoKeys.deliveries(scope, period), () => forumDeliveries(ctx, scope, period));

export const caseFiguresOf = (ctx: Context, countyCode: string, period: OverviewPeriod) =>
  oncePerRequest(ctx, memoKeys.cases(countyCode, period), () => caseFigures(ctx, countyCode, period));

export const activityFiguresOf = (ctx: Context, countyCode: string, period: OverviewPeriod) =>
  oncePerRequest(ctx, memoKeys.activities(countyCode, period), () =>
    activityFigures(ctx, countyCode, period),
  );

export function candidateArgs(ctx: Context, args: { first: number; minimumScore: number }) {
  if (!Number.isInteger(args.first) || args.first < 1 || args.first > 100) {
    throw userInputError(ctx, 'pageSize', { field: 'first', max: 100 }, 'first');
  }
  if (!(args.minimumScore >= 0 && args.minimumScore <= 1)) {
    throw userInputError(ctx, 'overviewMinimumScore', { value: args.minimumScore }, 'minimumScore');
  }
  return args;
}

/** The proposals list and the candidates' open proposals read the same rows: once per request. */
export const proposalsOf = (ctx: Context, which: ProposalScope) =>
  oncePerRequest(ctx, memoKeys.proposals(which), () => listMergeProposals(ctx, which));

/** How many pairs reach the minimum score (of those involving `involvingHost`'s forums, if given). */
export async function countCandidates(
  ctx: Context,
  countyCode: string,
  minimumScore: number,
  involvingHost?: string,
) {
  const checked = candidateArgs(ctx, { first: 1, minimumScore });
  const { candidates } = await countyMergeCandidates(ctx, countyCode, {
    minimumScore: checked.minimumScore,
    first: Number.POSITIVE_INFINITY,
    ...(involvingHost ? { involvingHost } : {}),
  });
  return candidates.length;
}

/** Candidates with the open proposal of each pair, if any (one more statement, only when there are proposals). */
export async function candidatesWithProposals(
  ctx: Context,
  countyCode: string,
  options: { first: number; minimumScore: number; involvingHost?: string },
) {
  const { candidates, network } = await countyMergeCandidates(ctx, countyCode, options);
  const proposals: Proposal[] = candidates.length
    ? await proposalsOf(ctx, { countyCode }).then((all) => all.filter((p) => p.status === 'open'))
    : [];
  const pairKey = (a: string, b: string) => (a < b ? `${a}|${b}` : `${b}|${a}`);
  const open = new Map(proposals.map((p) => [pairKey(p.forumA.id, p.forumB.id), p]));
  return candidates.map((c) => ({
    ...c,
    organisations: network.organisations,
    openProposal: open.get(pairKey(c.a, c.b)) ?? null,
  }));
}

/** The county's forums together: the sums of their delivery, and the pulse pooled per quarter. */
export async function countyDelivery(
  ctx: Context,
  countyCode: string,
  period: OverviewPeriod,
): Promise<CountyDeliveryValue> {
  const { forums: all, pulse } = await deliveriesOf(ctx, { countyCode }, period);
  const sum = (pick: (d: Delivery) => number) => all.reduce((n, d) => n + pick(d), 0);
  return {
    plannedToDate: sum((d) => d.plannedToDate),
    heldMeetings: sum((d) => d.heldMeetings),
    heldInPerson: sum((d) => d.heldInPerson),
    heldDigital: sum((d) => d.heldDigital),
    heldHybrid: sum((d) => d.heldHybrid),
    cancelledMeetings: sum((d) => d.cancelledMeetings),
    actions: {
      completedOnTime: sum((d) => d.actions.completedOnTime),
      completedLate: sum((d) => d.actions.completedLate),
      open: sum((d) => d.actions.open),
      overdue: sum((d) => d.actions.overdue),
    },
    pulse: pooledPulse(pulse),
  };
}

/** Who sits where: the county's forums, their members, and one link per membership. */
export async function networkOf(ctx: Context, countyCode: string): Promise<NetworkValue> {
  const network = await countyNetwork(ctx, countyCode);
  return {
    forums: network.forums,
    organisations: [...network.organisations.values()],
    links: network.forums.flatMap((f) =>
      f.members.map((organisationId) => ({ forumId: f.id, organisationId })),
    ),
  };
}

/** How many pairs the overlap scoring weighs: n × (n − 1) / 2 of the county's active and paused forums. */
export async function forumPairCount(ctx: Context, countyCode: string): Promise<number> {
  const n = (await countyNetwork(ctx, countyCode)).forums.length;
  return (n * (n - 1)) / 2;
}
