import { queryRows, schema } from '@samlad/db';
import { mergeSavings, scorePair } from '@samlad/domain/overview';
import { and, eq, type SQL, sql } from 'drizzle-orm';
import type { Context } from '../../context.ts';
import { swedishSortKey } from '../../schema/where.ts';
import { audit } from '../audit/audit.service.ts';
import { ConflictError, InvalidInputError, NotAllowedError } from '../common/user-errors.ts';
import {
  FORUM_COLUMNS,
  FORUM_JOINS,
  type ForumColumns,
  type OverviewForum,
  overviewForum,
} from './delivery.service.ts';
import type { OverviewOrganisation } from './load.service.ts';
import { overlapForums } from './overlap.service.ts';
import {
  type ActingOrganisation,
  actingOrganisation,
  HOSTING_ROLES,
  type OrganisationKind,
  oversees,
} from './overview-access.ts';
import { jsonList, selectJson } from './overview-sql.ts';

type ProposalStatus = (typeof schema.mergeProposalStatus.enumValues)[number];
const MESSAGE_MAX = 2000;

export interface MergeProposal {
  id: string;
  countyCode: string;
  status: ProposalStatus;
  message: string | null;
  score: number;
  sharedMemberCount: number;
  hoursSavedPerYear: number;
  createdAt: Date;
  decidedAt: Date | null;
  forumA: OverviewForum;
  forumB: OverviewForum;
  proposedBy: OverviewOrganisation;
  answers: {
    organisation: OverviewOrganisation;
    agrees: boolean;
    comment: string | null;
    answeredAt: Date;
  }[];
  viewerMayAnswer: boolean;
  viewerMayWithdraw: boolean;
  /** The acting organisation's own answer, if it has given one. */
  viewerAnswer: MergeProposal['answers'][number] | null;
  /** Hosts that have not answered yet (a host that proposed agreed by proposing). */
  hostsAwaitingAnswer: OverviewOrganisation[];
}

function hosts(actor: ActingOrganisation, forum: { hostOrganisationId: string }): boolean {
  return HOSTING_ROLES.has(actor.role) && forum.hostOrganisationId === actor.id;
}

function checkText(ctx: Context, text: string | null | undefined, field: string): string | null {
  const trimmed = text?.trim() ?? '';
  if (trimmed.length > MESSAGE_MAX)
    throw new InvalidInputError(ctx, 'overviewTextTooLong', { max: MESSAGE_MAX }, field);
  return trimmed || null;
}

/**
 * Turns a merge candidate into a proposal both hosts see. A coordinator or admin of either host
 * may make it, or the county board. The score and savings are computed now and kept with it.
 */
export async function proposeForumMerge(
  ctx: Context,
  forumAId: string,
  forumBId: string,
  message: string | null | undefined,
): Promise<string> {
  const actor = actingOrganisation(ctx);
  if (forumAId === forumBId) throw new InvalidInputError(ctx, 'mergeSameForum', {}, 'forumBId');
  const found = await ctx.db
    .select()
    .from(schema.forum)
    .where(sql`${schema.forum.id} in (${forumAId}, ${forumBId})`);
  const a = found.find((f) => f.id === forumAId);
  const b = found.find((f) => f.id === forumBId);
  if (!a) throw new InvalidInputError(ctx, 'mergeForumUnknown', {}, 'forumAId');
  if (!b) throw new InvalidInputError(ctx, 'mergeForumUnknown', {}, 'forumBId');
  if (!hosts(actor, a) && !hosts(actor, b) && !oversees(actor, a.countyCode)) {
    throw new NotAllowedError(ctx, 'notMergeProposer');
  }
  if (a.countyCode !== b.countyCode) throw new InvalidInputError(ctx, 'mergeAcrossCounties', {}, 'forumBId');
  for (const [forum, field] of [
    [a, 'forumAId'],
    [b, 'forumBId'],
  ] as const) {
    if (forum.status !== 'active' && forum.status !== 'paused') {
      throw new InvalidInputError(ctx, 'mergeForumInactive', {}, field);
    }
  }
  const text = checkText(ctx, message, 'message');
  // Just the two forums: scoring one pair needs nothing else of the county.
  const pairForums = await overlapForums(ctx, sql`f.id in (${a.id}, ${b.id})`);
  const inputA = pairForums.find((f) => f.id === a.id);
  const inputB = pairForums.find((f) => f.id === b.id);
  if (!inputA || !inputB) throw new Error('a forum vanished while it was being proposed for merging');
  const pair = scorePair(inputA, inputB);
  const saved = mergeSavings(inputA, inputB).reduce((sum, s) => sum + s.hoursPerYear, 0);
  const [open] = await queryRows<{ id: string }>(
    ctx.db,
    sql`select id from forum_merge_proposal where status = 'open'
        and least(forum_a_id, forum_b_id) = least(${a.id}::uuid, ${b.id}::uuid)
        and greatest(forum_a_id, forum_b_id) = greatest(${a.id}::uuid, ${b.id}::uuid)`,
  );
  if (open) throw new ConflictError(ctx, 'mergeProposalExists', {}, 'forumBId');
  const [created] = await ctx.db
    .insert(schema.forumMergeProposal)
    .values({
      countyCode: a.countyCode,
      forumAId: a.id,
      forumBId: b.id,
      proposedByOrganisationId: actor.id,
      proposedByUserId: ctx.viewer?.userId ?? null,
      message: text,
      score: Math.round(pair.score * 1000) / 1000,
      sharedMemberCount: pair.sharedMembers.length,
      hoursSavedPerYear: Math.round(saved * 10) / 10,
    })
    .returning({ id: schema.forumMergeProposal.id });
  if (!created) throw new Error('merge proposal insert returned nothing');
  // A host that proposes agrees by proposing; the other host still answers.
  if (hosts(actor, a) || hosts(actor, b)) {
    await recordAnswer(ctx, created.id, actor.id, true, null, [
      ...new Set([a.hostOrganisationId, b.hostOrganisationId]),
    ]);
  }
  await audit(ctx, {
    action: 'forum_merge.proposed',
    recordType: 'forum_merge_proposal',
    recordId: created.id,
    details: { forumA: a.id, forumB: b.id },
  });
  return created.id;
}

async function loadOpenProposal(ctx: Context, proposalId: string) {
  const [found] = await ctx.db
    .select()
    .from(schema.forumMergeProposal)
    .where(eq(schema.forumMergeProposal.id, proposalId));
  if (!found) throw new InvalidInputError(ctx, 'mergeProposalUnknown', {}, 'proposalId');
  return found;
}

/** Records a host's answer and settles the proposal: declined by any host, agreed by all. */
async function recordAnswer(
  ctx: Context,
  proposalId: string,
  organisationId: string,
  agrees: boolean,
  comment: string | null,
  hostIds: readonly string[],
): Promise<ProposalStatus> {
  const fa = schema.forumMergeAnswer;
  const answeredByUserId = ctx.viewer?.userId ?? null;
  await ctx.db
    .insert(fa)
    .values({ proposalId, organisationId, agrees, comment, answeredByUserId, answeredAt: ctx.now })
    .onConflictDoUpdate({
      target: [fa.proposalId, fa.organisationId],
      set: { agrees, comment, answeredByUserId, answeredAt: ctx.now },
    });
  const answers = await ctx.db.select().from(fa).where(eq(fa.proposalId, proposalId));
  const status: ProposalStatus = answers.some((x) => !x.agrees)
    ? 'declined'
    : hostIds.every((h) => answers.some((x) => x.organisationId === h && x.agrees))
      ? 'agreed'
      : 'open';
  if (status !== 'open') {
    await ctx.db
      .update(schema.forumMergeProposal)
      .set({ status, decidedAt: ctx.now })
      .where(eq(schema.forumMergeProposal.id, proposalId));
  }
  return status;
}

/** A host answers. Any host declining declines it; all hosts agreeing agrees it. Open proposals only. */
export async function answerForumMergeProposal(
  ctx: Context,
  proposalId: string,
  agrees: boolean,
  comment: string | null | undefined,
): Promise<string> {
  const actor = actingOrganisation(ctx);
  const proposal = await loadOpenProposal(ctx, proposalId);
  const forums = await ctx.db
    .select({ id: schema.forum.id, hostOrganisationId: schema.forum.hostOrganisationId })
    .from(schema.forum)
    .where(sql`${schema.forum.id} in (${proposal.forumAId}, ${proposal.forumBId})`);
  const hostIds = [...new Set(forums.map((f) => f.hostOrganisationId))];
  if (!forums.some((f) => hosts(actor, f))) throw new NotAllowedError(ctx, 'notMergeHost');
  if (proposal.status !== 'open') {
    throw new InvalidInputError(ctx, 'mergeProposalClosed', { status: proposal.status }, 'proposalId');
  }
  const text = checkText(ctx, comment, 'comment');
  const status = await recordAnswer(ctx, proposalId, actor.id, agrees, text, hostIds);
  await audit(ctx, {
    action: 'forum_merge.answered',
    recordType: 'forum_merge_proposal',
    recordId: proposalId,
    details: { agrees, status },
  });
  return proposalId;
}

/** The organisation that proposed a merge takes it back while it is open. */
export async function withdrawForumMergeProposal(ctx: Context, proposalId: string): Promise<string> {
  const actor = actingOrganisation(ctx);
  const proposal = await loadOpenProposal(ctx, proposalId);
  const proposer =
    proposal.proposedByOrganisationId === actor.id &&
    (HOSTING_ROLES.has(actor.role) || oversees(actor, proposal.countyCode));
  if (!proposer) throw new NotAllowedError(ctx, 'notMergeProposerOwn');
  if (proposal.status !== 'open') {
    throw new InvalidInputError(ctx, 'mergeProposalClosed', { status: proposal.status }, 'proposalId');
  }
  await ctx.db
    .update(schema.forumMergeProposal)
    .set({ status: 'withdrawn', decidedAt: ctx.now })
    .where(and(eq(schema.forumMergeProposal.id, proposalId), eq(schema.forumMergeProposal.status, 'open')));
  await audit(ctx, {
    action: 'forum_merge.withdrawn',
    recordType: 'forum_merge_proposal',
    recordId: proposalId,
    details: {},
  });
  return proposalId;
}

interface ProposalRow {
  id: string;
  county_code: string;
  status: ProposalStatus;
  message: string | null;
  score: number;
  shared_member_count: number;
  hours_saved_per_year: number;
  created_at: string;
  decided_at: string | null;
  proposer_id: string;
  proposer_name: string;
  proposer_kind: OrganisationKind;
  forum_a: (ForumColumns & { member_count: number }) | null;
  forum_b: (ForumColumns & { member_count: number }) | null;
  answers: {
    agrees: boolean;
    comment: string | null;
    answered_at: string;
    id: string;
    name: string;
    kind: OrganisationKind;
  }[];
}

/** Which merge proposals: of a county, about an organisation's forums or made by it, or one by id. */
export type ProposalScope = { countyCode: string } | { organisationId: string } | { id: string };

/**
 * Merge proposals as one JSON array, each with its two forums and its answers: of a county (for its
 * board), those a given organisation hosts a forum of or made (for its coordinators), or one by id
 * (a mutation reading back what it wrote). Newest first, at most 100.
 */
export function mergeProposalsJson(which: ProposalScope): SQL {
  const where =
    'id' in which
      ? sql`p.id = ${which.id}`
      : 'countyCode' in which
        ? sql`p.county_code = ${which.countyCode}`
        : sql`(p.proposed_by_organisation_id = ${which.organisationId}
              or exists (select 1 from forum f where f.id in (p.forum_a_id, p.forum_b_id)
                         and f.host_organisation_id = ${which.organisationId}))`;
  const forum = (id: SQL) => sql`(
    select row_to_json(x) from (
      select ${FORUM_COLUMNS}, (select count(*)::int from forum_member fm where fm.forum_id = f.id) as member_count
      from forum f ${FORUM_JOINS} where f.id = ${id}) x)`;
  return jsonList(
    sql`
    select p.id, p.county_code, p.status, p.message, p.score, p.shared_member_count, p.hours_saved_per_year,
           p.created_at, p.decided_at, o.id as proposer_id, o.name as proposer_name, o.kind as proposer_kind,
           ${forum(sql`p.forum_a_id`)} as forum_a, ${forum(sql`p.forum_b_id`)} as forum_b,
           (select coalesce(json_agg(json_build_object('agrees', a.agrees, 'comment', a.comment,
                     'answered_at', a.answered_at, 'id', ao.id, 'name', ao.name, 'kind', ao.kind)
                     order by a.answered_at, ${swedishSortKey(sql`ao.name`)}), '[]'::json)
            from forum_merge_answer a join organisation ao on ao.id = a.organisation_id
            where a.proposal_id = p.id) as answers
    from forum_merge_proposal p join organisation o on o.id = p.proposed_by_organisation_id
    where ${where}
    order by p.created_at desc, p.id
    limit 100`,
    sql`r.created_at desc, r.id`,
  );
}

/** The proposals of mergeProposalsJson as `actor` sees them (what it may answer or withdraw). */
export function toMergeProposals(rows: readonly ProposalRow[], actor: ActingOrganisation): MergeProposal[] {
  const result: MergeProposal[] = [];
  for (const r of rows) {
    if (!r.forum_a || !r.forum_b) continue;
    const forumA = overviewForum(r.forum_a, Number(r.forum_a.member_count));
    const forumB = overviewForum(r.forum_b, Number(r.forum_b.member_count));
    const isOpen = r.status === 'open';
    const given = r.answers.map((a) => ({
      organisation: { id: a.id, name: a.name, kind: a.kind, municipalityName: null },
      agrees: a.agrees,
      comment: a.comment,
      answeredAt: new Date(a.answered_at),
    }));
    const hostList = [forumA.host, forumB.host].filter(
      (h, i, all) => all.findIndex((x) => x.id === h.id) === i,
    );
    const hostsOne =
      HOSTING_ROLES.has(actor.role) && (forumA.host.id === actor.id || forumB.host.id === actor.id);
    result.push({
      id: r.id,
      countyCode: r.county_code,
      status: r.status,
      message: r.message,
      score: Number(r.score),
      sharedMemberCount: Number(r.shared_member_count),
      hoursSavedPerYear: Number(r.hours_saved_per_year),
      createdAt: new Date(r.created_at),
      decidedAt: r.decided_at === null ? null : new Date(r.decided_at),
      forumA,
      forumB,
      proposedBy: { id: r.proposer_id, name: r.proposer_name, kind: r.proposer_kind, municipalityName: null },
      answers: given,
      viewerAnswer: given.find((a) => a.organisation.id === actor.id) ?? null,
      hostsAwaitingAnswer: isOpen
        ? hostList.filter((h) => !given.some((a) => a.organisation.id === h.id))
        : [],
      viewerMayAnswer: isOpen && hostsOne,
      viewerMayWithdraw:
        isOpen &&
        r.proposer_id === actor.id &&
        (HOSTING_ROLES.has(actor.role) || oversees(actor, r.county_code)),
    });
  }
  return result;
}

/** Merge proposals (see mergeProposalsJson) in one statement. */
export async function listMergeProposals(ctx: Context, which: ProposalScope): Promise<MergeProposal[]> {
  const actor = actingOrganisation(ctx);
  return toMergeProposals(await selectJson<ProposalRow[]>(ctx, mergeProposalsJson(which)), actor);
}
