import { REPORT } from '../../report-limit.ts';
import { builder } from '../../schema/builder.ts';
import { Viewer } from '../auth/viewer.graphql.ts';
import { OrganisationKind } from '../organisations/organisation.graphql.ts';
import { countyCodeSchema } from '../reference/reference.graphql.ts';
import { openCountyOverview, plannedSections } from './county-overview.service.ts';
import { CaseFigures, MunicipalityActivityFigures } from './figures.graphql.ts';
import { ForumNetwork, MergeCandidate, MergeProposal } from './merge-types.graphql.ts';
import {
  activityFiguresOf,
  candidateArgs,
  candidatesWithProposals,
  caseFiguresOf,
  countCandidates,
  countyDelivery,
  deliveriesOf,
  forumPairCount,
  loadsOf,
  networkOf,
  proposalsOf,
} from './overview.service.ts';
import {
  type ActingOrganisation,
  actingOrganisation,
  checkFlagThreshold,
  checkOverviewPeriod,
  DEFAULT_FLAG_THRESHOLD,
  HOSTING_ROLES,
  type OrganisationKind as Kind,
  type OverviewPeriod,
  oversees,
} from './overview-access.ts';
import {
  CountyDelivery,
  ForumDelivery,
  OrganisationLoad,
  OverviewOrganisation,
} from './overview-types.graphql.ts';

interface CountyScope {
  actor: ActingOrganisation;
  countyCode: string;
  countyName: string;
  period: OverviewPeriod;
  kind: Kind | null;
  threshold: number;
}

interface OrganisationScope {
  actor: ActingOrganisation;
  period: OverviewPeriod;
  threshold: number;
}

export const CountyOverview = builder.objectRef<CountyScope>('CountyOverview').implement({
  description:
    'A county’s collaboration at a glance, for its county board: forum load per organisation, overlapping forums, who sits where, and whether the forums deliver. No personal data; counts about people below 5 are withheld.',
  fields: (t) => ({
    countyCode: t.string({ description: 'SCB county code.', resolve: (s) => s.countyCode }),
    countyName: t.string({ description: 'The county’s name.', resolve: (s) => s.countyName }),
    from: t.string({ description: 'First day of the period, YYYY-MM-DD.', resolve: (s) => s.period.from }),
    to: t.string({ description: 'Last day of the period, YYYY-MM-DD.', resolve: (s) => s.period.to }),
    flagThreshold: t.exposeInt('threshold', {
      description: 'Organisations in at least this many forums are flagged.',
    }),
    organisationLoad: t.field({
      type: [OrganisationLoad],
      description: 'Every organisation of the county (of the chosen kind), most forums first.',
      resolve: (s, _args, ctx) =>
        loadsOf(ctx, { countyCode: s.countyCode, kind: s.kind }, s.period, s.threshold),
    }),
    forums: t.field({
      type: [ForumDelivery],
      description: 'Each forum of the county and whether it delivers, by name.',
      resolve: async (s, _args, ctx) =>
        (await deliveriesOf(ctx, { countyCode: s.countyCode }, s.period)).forums,
    }),
    delivery: t.field({
      type: CountyDelivery,
      description: 'The county’s forums together.',
      resolve: (s, _args, ctx) => countyDelivery(ctx, s.countyCode, s.period),
    }),
    mergeCandidates: t.field({
      type: [MergeCandidate],
      description: 'Pairs of the county’s active and paused forums that could merge, most similar first.',
      args: {
        first: t.arg.int({ required: true, defaultValue: 20, description: 'How many, 1–100.' }),
        minimumScore: t.arg.float({
          required: true,
          defaultValue: 0.4,
          description: 'The lowest similarity, 0–1.',
        }),
      },
      resolve: (s, args, ctx) => candidatesWithProposals(ctx, s.countyCode, candidateArgs(ctx, args)),
    }),
    mergeCandidateCount: t.int({
      description: 'How many pairs reach the minimum similarity (mergeCandidates lists the first of them).',
      args: {
        minimumScore: t.arg.float({
          required: true,
          defaultValue: 0.4,
          description: 'The lowest similarity, 0–1.',
        }),
      },
      resolve: (s, args, ctx) => countCandidates(ctx, s.countyCode, args.minimumScore),
    }),
    forumPairCount: t.int({
      description: 'How many pairs of forums were scored: n × (n − 1) / 2 of the active and paused forums.',
      resolve: (s, _args, ctx) => forumPairCount(ctx, s.countyCode),
    }),
    network: t.field({
      type: ForumNetwork,
      description: 'Who sits where.',
      resolve: (s, _args, ctx) => networkOf(ctx, s.countyCode),
    }),
    cases: t.field({
      type: CaseFigures,
      description: 'The county’s shared cases as counts.',
      resolve: (s, _args, ctx) => caseFiguresOf(ctx, s.countyCode, s.period),
    }),
    activities: t.field({
      type: [MunicipalityActivityFigures],
      description: 'Published youth activities per municipality of the county.',
      resolve: (s, _args, ctx) => activityFiguresOf(ctx, s.countyCode, s.period),
    }),
    mergeProposals: t.field({
      type: [MergeProposal],
      description: 'Merge proposals in the county, newest first.',
      resolve: (s, _args, ctx) => proposalsOf(ctx, { countyCode: s.countyCode }),
    }),
  }),
});

export const OrganisationOverview = builder.objectRef<OrganisationScope>('OrganisationOverview').implement({
  description:
    'The overview for the viewer’s own organisation: its forum load and, for coordinators and admins, the forums it hosts.',
  fields: (t) => ({
    organisation: t.field({
      type: OverviewOrganisation,
      description: 'The organisation the viewer acts for.',
      resolve: (s) => ({ id: s.actor.id, name: s.actor.name, kind: s.actor.kind, municipalityName: null }),
    }),
    from: t.string({ description: 'First day of the period, YYYY-MM-DD.', resolve: (s) => s.period.from }),
    to: t.string({ description: 'Last day of the period, YYYY-MM-DD.', resolve: (s) => s.period.to }),
    flagThreshold: t.exposeInt('threshold', {
      description: 'An organisation in at least this many forums is flagged.',
    }),
    load: t.field({
      type: OrganisationLoad,
      description: 'Its forum load in the period.',
      resolve: async (s, _args, ctx) => {
        const [load] = await loadsOf(ctx, { organisationId: s.actor.id }, s.period, s.threshold);
        if (!load) throw new Error('the acting organisation vanished');
        return load;
      },
    }),
    hostsForums: t.boolean({
      description:
        'Whether the viewer is a coordinator or admin of the organisation, and so sees the forums it hosts.',
      resolve: (s) => HOSTING_ROLES.has(s.actor.role),
    }),
    hostedForums: t.field({
      type: [ForumDelivery],
      description:
        'The forums it hosts and whether they deliver; empty unless the viewer is its coordinator or admin.',
      resolve: async (s, _args, ctx) =>
        HOSTING_ROLES.has(s.actor.role)
          ? (await deliveriesOf(ctx, { hostOrganisationId: s.actor.id }, s.period)).forums
          : [],
    }),
    mergeCandidates: t.field({
      type: [MergeCandidate],
      description:
        'Merge candidates involving a forum it hosts; empty unless the viewer is its coordinator or admin.',
      args: {
        first: t.arg.int({ required: true, defaultValue: 20, description: 'How many, 1–100.' }),
        minimumScore: t.arg.float({
          required: true,
          defaultValue: 0.4,
          description: 'The lowest similarity, 0–1.',
        }),
      },
      resolve: (s, args, ctx) =>
        HOSTING_ROLES.has(s.actor.role)
          ? candidatesWithProposals(ctx, s.actor.countyCode, {
              ...candidateArgs(ctx, args),
              involvingHost: s.actor.id,
            })
          : [],
    }),
    mergeCandidateCount: t.int({
      description: 'How many pairs reach the minimum similarity (mergeCandidates lists the first of them).',
      args: {
        minimumScore: t.arg.float({
          required: true,
          defaultValue: 0.4,
          description: 'The lowest similarity, 0–1.',
        }),
      },
      resolve: (s, args, ctx) =>
        HOSTING_ROLES.has(s.actor.role)
          ? countCandidates(ctx, s.actor.countyCode, args.minimumScore, s.actor.id)
          : 0,
    }),
    mergeProposals: t.field({
      type: [MergeProposal],
      description: 'Merge proposals about forums it hosts, or that it made; newest first.',
      resolve: (s, _args, ctx) => proposalsOf(ctx, { organisationId: s.actor.id }),
    }),
  }),
});

builder.objectFields(Viewer, (t) => ({
  overseenCounty: t.drizzleField({
    type: 'county',
    nullable: true,
    description:
      'The county whose county overview the person may open: their county board’s, when they act for it as overseer, coordinator or admin. Null for everyone else.',
    resolve: async (query, viewer, _args, ctx) => {
      if (!viewer.membership) return null;
      const actor = actingOrganisation(ctx);
      return oversees(actor, actor.countyCode)
        ? ((await ctx.db.query.county.findFirst(query({ where: { code: actor.countyCode } }))) ?? null)
        : null;
    },
  }),
}));

/** The period and flag threshold both overviews take. */
const periodArgs = builder.args((t) => ({
  from: t.string({ required: true, description: 'First day, YYYY-MM-DD (Stockholm).' }),
  to: t.string({ required: true, description: 'Last day, YYYY-MM-DD; at most five years after from.' }),
  flagThreshold: t.int({
    required: true,
    defaultValue: DEFAULT_FLAG_THRESHOLD,
    description: 'Flag organisations in at least this many forums (1 to 1000).',
  }),
}));

builder.queryFields((t) => ({
  countyOverview: t.field({
    type: CountyOverview,
    description:
      'The county overview, for the county’s board (overseers, coordinators and admins of its länsstyrelse). Anyone else gets a FORBIDDEN error.',
    authScopes: { signedIn: true },
    // Computed a few at a time (report-limit.ts).
    extensions: REPORT,
    args: {
      countyCode: t.arg.string({
        required: true,
        validate: countyCodeSchema,
        description: 'SCB county code.',
      }),
      organisationKind: t.arg({
        type: OrganisationKind,
        required: false,
        description: 'Only organisations of this kind in organisationLoad.',
      }),
      ...periodArgs,
    },
    resolve: async (_root, args, ctx, info) => {
      const period = checkOverviewPeriod(ctx, args.from, args.to);
      const threshold = checkFlagThreshold(ctx, args.flagThreshold);
      const request = { countyCode: args.countyCode, kind: args.organisationKind ?? null, period, threshold };
      // The access check and every section the selection asks for, in at most two statements.
      const { actor, countyName } = await openCountyOverview(ctx, request, plannedSections(info));
      return { ...request, actor, countyName };
    },
  }),
  organisationOverview: t.field({
    type: OrganisationOverview,
    description: 'The overview for the organisation the viewer acts for: its load, and the forums it hosts.',
    authScopes: { signedIn: true },
    args: {
      ...periodArgs,
    },
    resolve: async (_root, args, ctx) => {
      const period = checkOverviewPeriod(ctx, args.from, args.to);
      const threshold = checkFlagThreshold(ctx, args.flagThreshold);
      return { actor: actingOrganisation(ctx), period, threshold };
    },
  }),
}));
