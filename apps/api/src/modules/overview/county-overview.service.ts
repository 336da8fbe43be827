import { queryRows } from '@samlad/db';
import { type SQL, sql } from 'drizzle-orm';
import type { GraphQLResolveInfo } from 'graphql';
import type { Context } from '../../context.ts';
import { forbiddenError, userInputError } from '../../errors.ts';
import { rememberForRequest } from '../../request-memo.ts';
import { selectedFieldNames } from '../../schema/selections.ts';
import { forumDeliveriesJson, toDeliveries } from './delivery.service.ts';
import { activityFiguresJson, caseFiguresJson, toActivityFigures, toCaseFigures } from './figures.service.ts';
import { organisationLoadsJson, toOrganisationLoads } from './load.service.ts';
import { mergeProposalsJson, toMergeProposals } from './merge-proposal.service.ts';
import { countyNetworkJson, networkMemoKey, toCountyNetwork } from './overlap.service.ts';
import { memoKeys } from './overview.service.ts';
import {
  type ActingOrganisation,
  actingOrganisation,
  type OrganisationKind,
  type OverviewPeriod,
  oversees,
} from './overview-access.ts';
import { fromJson } from './overview-sql.ts';

// The county overview in at most two statements. The first finds the county and, when the acting
// organisation (which came with the session) is the county's board, reads the light sections
// (case figures, activities, proposals: small indexed reads), each as JSON, so a refused request
// reads nothing else. The second, only when the selection asks for one
// of them, reads the heavy sections (load, deliveries, network) in one go.
//
// Why two: the heavy sections together are priced above jit_above_cost. The load reads
// organisation_meeting per organisation by index, fast (about 40 ms for the largest county) but
// priced as if every row were a disk read (on a table never vacuumed every index read does visit
// the heap), and PostgreSQL then compiles the statement with LLVM before running it, which costs
// more (50–350 ms) than the statement runs. So the first statement also switches JIT off for the
// rest of the request's transaction (set_config(..., true) is SET LOCAL), which takes effect from
// the next statement on. PGlite has no JIT; the setting changes nothing there.
//
// Each section is handed to the fields that use it through the request memo, under the keys the
// fields read it by (overview.service.ts), so no field reads again.

/** A part of the overview that one SQL expression yields. */
type Section = 'load' | 'deliveries' | 'network' | 'proposals' | 'cases' | 'activities';

/** Sections the access check's statement reads; the others come in a second. */
const LIGHT = new Set<Section>(['proposals', 'cases', 'activities']);

/** The sections each CountyOverview field reads. */
const SECTIONS_OF_FIELD: Record<string, readonly Section[]> = {
  organisationLoad: ['load'],
  forums: ['deliveries'],
  delivery: ['deliveries'],
  mergeCandidates: ['network', 'proposals'],
  mergeCandidateCount: ['network'],
  forumPairCount: ['network'],
  network: ['network'],
  cases: ['cases'],
  activities: ['activities'],
  mergeProposals: ['proposals'],
};

/** The sections the selection under this field asks for, through fragments too (directives aside: over-reading is harmless). */
export function plannedSections(info: GraphQLResolveInfo): Set<Section> {
  const fields = selectedFieldNames(
    info.fieldNodes.map((node) => node.selectionSet),
    (name) => info.fragments[name]?.selectionSet,
  );
  return new Set([...fields].flatMap((field) => SECTIONS_OF_FIELD[field] ?? []));
}

export interface CountyRequest {
  countyCode: string;
  kind: OrganisationKind | null;
  period: OverviewPeriod;
  threshold: number;
}

interface GateRow extends Record<string, unknown> {
  county_name: string | null;
}

/**
 * Checks that the county exists and that the viewer acts for its county board, and loads the
 * `sections` with the check (see above). Unknown county: BAD_USER_INPUT; anyone else: FORBIDDEN.
 */
export async function openCountyOverview(
  ctx: Context,
  request: CountyRequest,
  sections: ReadonlySet<Section>,
): Promise<{ actor: ActingOrganisation; countyName: string }> {
  const { countyCode, kind, period, threshold } = request;
  const actor = ctx.viewer?.membership ? actingOrganisation(ctx) : null;
  const allowed = actor !== null && oversees(actor, countyCode);
  const loadScope = { countyCode, kind };
  const forumScope = { countyCode };
  const proposalScope = { countyCode };
  // Each section: its SQL expression, and how its JSON becomes what its fields read, kept under
  // the key they read it by.
  const parts: Record<
    Section,
    { expression: () => SQL; keep: (json: unknown, actor: ActingOrganisation) => void }
  > = {
    load: {
      expression: () => organisationLoadsJson(loadScope, period),
      keep: (json) =>
        rememberForRequest(
          ctx,
          memoKeys.load(loadScope, period, threshold),
          toOrganisationLoads(fromJson(json), threshold),
        ),
    },
    deliveries: {
      expression: () => forumDeliveriesJson(forumScope, period, ctx.now),
      keep: (json) =>
        rememberForRequest(
          ctx,
          memoKeys.deliveries(forumScope, period),
          toDeliveries(fromJson(json), period),
        ),
    },
    network: {
      expression: () => countyNetworkJson(countyCode, ctx.now),
      keep: (json) => rememberForRequest(ctx, networkMemoKey(countyCode), toCountyNetwork(fromJson(json))),
    },
    proposals: {
      expression: () => mergeProposalsJson(proposalScope),
      keep: (json, actor) =>
        rememberForRequest(ctx, memoKeys.proposals(proposalScope), toMergeProposals(fromJson(json), actor)),
    },
    cases: {
      expression: () => caseFiguresJson(countyCode, period),
      keep: (json) =>
        rememberForRequest(ctx, memoKeys.cases(countyCode, period), toCaseFigures(fromJson(json))),
    },
    activities: {
      expression: () => activityFiguresJson(countyCode, period),
      keep: (json) =>
        rememberForRequest(ctx, memoKeys.activities(countyCode, period), toActivityFigures(fromJson(json))),
    },
  };
  const light = allowed ? [...sections].filter((s) => LIGHT.has(s)) : [];
  const heavy = allowed ? [...sections].filter((s) => !LIGHT.has(s)) : [];
  // The county's name; with it, when the viewer may see it, JIT off and the light sections.
  const [row] = await queryRows<GateRow & Partial<Record<Section, unknown>>>(
    ctx.db,
    sql`
    select c.name as county_name
           ${heavy.length ? sql`, set_config('jit', 'off', true) as jit` : sql``}
           ${sql.join(light.map((s) => sql`, ${parts[s].expression()} as ${sql.identifier(s)}`))}
    from (select 1) one left join county c on c.code = ${countyCode}`,
  );
  if (!row?.county_name) {
    throw userInputError(ctx, 'overviewCountyUnknown', { value: countyCode }, 'countyCode');
  }
  if (!actor) throw forbiddenError(ctx);
  if (!allowed) throw forbiddenError(ctx, { key: 'overviewCountyNotAllowed', field: 'countyCode' });
  const [loaded] = heavy.length
    ? await queryRows<Partial<Record<Section, unknown>>>(
        ctx.db,
        sql`select ${sql.join(
          heavy.map((s) => sql`${parts[s].expression()} as ${sql.identifier(s)}`),
          sql`, `,
        )}`,
      )
    : [];
  const values: Partial<Record<Section, unknown>> = { ...row, ...loaded };
  for (const s of sections) {
    const json = values[s];
    if (json === null || json === undefined) throw new Error(`the county overview's ${s} came back empty`);
    parts[s].keep(json, actor);
  }
  return { actor, countyName: row.county_name };
}
