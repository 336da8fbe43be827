/**
 * Who the access matrix acts as, and on what: the demo actors, the records each scope points at,
 * fresh records for mutations to work on, and snapshots that show whether a call changed anything.
 */
import { DEMO, schema } from '@samlad/db';
import { and, eq, gt, sql } from 'drizzle-orm';
import { encodeGlobalId } from '../schema/global-id.ts';
import { type Gql, PEOPLE, type TestApi } from '../test/harness.ts';
import { type ActivityFixture, makeActivity, makeReferral } from './activity-fixtures.ts';
import {
  type CaseFixture,
  type CasePlace,
  makeCase,
  makeCaseElsewhere,
  makeDisclosure,
  makeIncomingTransfer,
  makeJoinRequest,
  secondFor,
} from './case-fixtures.ts';
import { makeHeldMeeting, makeMergeProposal } from './overview-fixtures.ts';

const o = DEMO.organisations;
const f = DEMO.forums;

export const ACTORS = [
  'anonymous',
  'admin',
  'coordinator',
  'member',
  'overseer',
  'partner',
  'platformAdmin',
] as const;
export type ActorName = (typeof ACTORS)[number];

/**
 * `own`: the actor's active organisation, a forum it is a member of, an organisation it may act for.
 * `other`: an organisation, forum and membership it has nothing to do with (Karlstad's).
 * New dimensions (e.g. consent given or withdrawn) are new scopes, each with its own records.
 */
export const SCOPES = ['own', 'other'] as const;
export type Scope = (typeof SCOPES)[number];

/** Database ids of the records one scope points at. */
interface Place {
  organisationId: string;
  forumId: string;
  /** An organisation to switch to. */
  actAsId: string;
}

interface ActorSpec {
  email: string | null;
  /** The role of the active membership the actor signs in with. */
  role: string | null;
  own: Place;
}

const VAXJO_SOCIAL: Place = {
  organisationId: o.vaxjoSocial,
  forumId: f.vaxjoChildren,
  actAsId: o.vaxjoSocial,
};

export const ACTOR_SPECS: Record<ActorName, ActorSpec> = {
  // Signed out there is no organisation of one's own; Växjö's records stand in for it.
  anonymous: { email: null, role: null, own: VAXJO_SOCIAL },
  admin: { email: PEOPLE.vaxjoAdmin, role: 'ADMIN', own: VAXJO_SOCIAL },
  // Ali's second membership is the organisation he switches to.
  coordinator: {
    email: PEOPLE.vaxjoCoordinator,
    role: 'COORDINATOR',
    own: { ...VAXJO_SOCIAL, actAsId: o.samordningsforbundVaxjo },
  },
  member: { email: PEOPLE.vaxjoMember, role: 'MEMBER', own: VAXJO_SOCIAL },
  overseer: {
    email: PEOPLE.overseer,
    role: 'OVERSEER',
    own: { organisationId: o.lstKronoberg, forumId: f.kronobergViolence, actAsId: o.lstKronoberg },
  },
  partner: {
    email: PEOPLE.partner,
    role: 'PARTNER',
    own: { organisationId: o.vaxjoIdrott, forumId: f.vaxjoAndt, actAsId: o.vaxjoIdrott },
  },
  // The platform admin is also an admin of the county board, which is the organisation it acts for.
  platformAdmin: {
    email: PEOPLE.platformAdmin,
    role: 'ADMIN',
    own: { organisationId: o.lstKronoberg, forumId: f.kronobergMentalHealth, actAsId: o.lstKronoberg },
  },
};

/** Nobody above has anything to do with Karlstad. */
const OTHER: Place = { organisationId: o.karlstadSocial, forumId: f.karlstadSspf, actAsId: o.karlstadSocial };

export type OrganisationKind = (typeof schema.organisationKind.enumValues)[number];

export interface OrganisationFixture {
  id: string;
  globalId: string;
  name: string;
  kind: OrganisationKind;
  countyCode: string;
  municipalityCode: string | null;
}

export interface Target {
  organisation: OrganisationFixture;
  forum: { id: string; globalId: string; name: string };
  actAs: { id: string; globalId: string };
}

export interface Actor {
  name: ActorName;
  email: string | null;
  userId: string | null;
  /** Runs an operation on the actor's session (or none). */
  gql: Gql;
  /** A new session, for operations that change or end the session they run on. */
  freshSession(): Promise<Gql>;
}

/** Records made for one cell only, so cells never interfere. All in the cell's target organisation. */
export interface FreshData {
  /** A new person with a membership; returns the membership's global id. */
  membership(status?: 'active' | 'deactivated'): Promise<string>;
  /** A new person invited (by the platform admin, through the API) with a one-time link; one per cell. */
  invitation(): Promise<{ token: string; userId: string }>;
  /** Two new active forums hosted by the target organisation in its county; global ids. */
  forums(): Promise<{ first: string; second: string }>;
  /** A scheduled meeting next month in the first of those forums, inviting the target organisation. */
  meeting(): Promise<string>;
  /** A meeting of the first fresh forum that ended yesterday, inviting the target organisation. */
  heldMeeting(): Promise<string>;
  /**
   * An open proposal to merge the two fresh forums (hosted by the target organisation), made by
   * the target organisation or by another one (Region Kronoberg); its global id.
   */
  mergeProposal(by: 'target' | 'elsewhere'): Promise<string>;
  /** An open action of that forum, owned by the target organisation (one per cell). */
  action(): Promise<string>;
  /** An open action owned by the actor's own organisation, whatever the scope (one per cell). */
  ownAction(): Promise<string>;
  /** An open scheduling poll in the first fresh forum, two slots next month; global ids (one per cell). */
  poll(): Promise<{ id: string; candidateId: string }>;
  /** An identified case with the target organisation in it (see case-fixtures.ts; one per cell). */
  case(): Promise<CaseFixture>;
  /** A disclosure on a basis in that case (one per cell). */
  disclosure(): Promise<string>;
  /** A case proposed to be led by the target organisation; the transfer's global id. */
  incomingTransfer(): Promise<string>;
  /** A pending request to join the cell's case; its global id. */
  joinRequest(): Promise<string>;
  /** A case the target organisation is not in. */
  caseElsewhere(): Promise<CaseFixture>;
  /** An activity with this status offered by (or near) the target organisation (activity-fixtures.ts). */
  activity(
    status: 'draft' | 'pending_approval' | 'published',
    options?: { municipalityCode?: string; ownOrganisation?: boolean },
  ): Promise<ActivityFixture>;
  /** A referral sent from the cell's case to the target organisation (or, asked, to the actor's own). */
  referral(options?: { ownOrganisation?: boolean }): Promise<{ globalId: string; alias: string }>;
}

/** One run of one operation: who, where, and with which fresh records. */
export interface Cell {
  actor: Actor;
  scope: Scope;
  target: Target;
  /** Lowercase, unique to the cell: for names and e-mail addresses. */
  unique: string;
  /** The window `meetings` is asked about: every own forum meets in it. */
  window: { from: string; to: string };
  fresh: FreshData;
  /** The id of the account with this e-mail address. */
  userIdOf(email: string): Promise<string>;
}

export interface AuditRow {
  id: number;
  action: string;
  actorUserId: string | null;
  recordId: string | null;
}

/** The tables a refused mutation must leave exactly as they were. */
const WATCHED_TABLES = [
  'organisation',
  'membership',
  'user_account',
  'invitation',
  'session',
  'forum',
  'forum_member',
  'meeting',
  'scheduling_poll',
  'poll_candidate',
  'poll_answer',
  'calendar_token',
  'agenda_item',
  'shared_case',
  'case_participant',
  'case_subject',
  'case_guardian',
  'consent',
  'consent_organisation',
  'disclosure',
  'case_plan',
  'case_plan_action',
  'case_plan_version',
  'case_note',
  'case_note_visibility',
  'case_feedback',
  'case_lead_transfer',
  'case_join_request',
  'activity',
  'activity_publisher',
  'referral',
  'forum_merge_proposal',
  'forum_merge_answer',
  'meeting_pulse_response',
  'meeting_pulse_answer',
  'case_follow_up',
] as const;

export interface Snapshot {
  lastAuditId: number;
  /** An md5 of every row, per table. */
  tables: Record<string, string>;
}

const rowsOf = <T>(result: unknown): T[] =>
  Array.isArray(result) ? (result as T[]) : (result as { rows: T[] }).rows;

/** The role a membership in this kind of organisation ordinarily has. */
export const ordinaryRole = (kind: OrganisationKind) => (kind === 'civil_society' ? 'partner' : 'member');

const DAY = 86_400_000;

/** Everything the matrix needs, loaded once per test file. */
export class AccessFixtures {
  private constructor(
    readonly api: TestApi,
    readonly actors: Record<ActorName, Actor>,
    private readonly organisations: Map<string, OrganisationFixture>,
    private readonly forums: Map<string, { id: string; globalId: string; name: string }>,
    /** Per actor: strings (ids, names) of forums and meetings its organisation may not see. */
    readonly invisible: Record<ActorName, string[]>,
    readonly window: { from: string; to: string },
  ) {}

  static async load(api: TestApi): Promise<AccessFixtures> {
    const db = api.database.db;
    const window = {
      from: new Date(Date.now() - 30 * DAY).toISOString(),
      to: new Date(Date.now() + 150 * DAY).toISOString(),
    };

    const organisations = new Map(
      (await db.select().from(schema.organisation)).map((org) => [
        org.id,
        {
          id: org.id,
          globalId: encodeGlobalId('Organisation', org.id),
          name: org.name,
          kind: org.kind,
          countyCode: org.countyCode,
          municipalityCode: org.municipalityCode,
        },
      ]),
    );
    const forumRows = await db.select({ id: schema.forum.id, name: schema.forum.name }).from(schema.forum);
    const forums = new Map(
      forumRows.map((forum) => [forum.id, { ...forum, globalId: encodeGlobalId('Forum', forum.id) }]),
    );
    const forumMembers = await db.select().from(schema.forumMember);
    const meetings = await db
      .select({ id: schema.meeting.id, forumId: schema.meeting.forumId, startsAt: schema.meeting.startsAt })
      .from(schema.meeting);
    const isMember = (forumId: string, organisationId: string) =>
      forumMembers.some((m) => m.forumId === forumId && m.organisationId === organisationId);

    const actors = {} as Record<ActorName, Actor>;
    const invisible = {} as Record<ActorName, string[]>;
    for (const name of ACTORS) {
      const spec = ACTOR_SPECS[name];
      const own = spec.own;
      const email = spec.email;
      const [user] = email
        ? await db
            .select({ id: schema.userAccount.id })
            .from(schema.userAccount)
            .where(eq(schema.userAccount.email, email))
        : [];
      const client = email ? await api.signIn(email) : null;
      actors[name] = {
        name,
        email,
        userId: user?.id ?? null,
        gql: client?.gql ?? api.gql,
        freshSession: async () => (email ? (await api.signIn(email)).gql : api.gql),
      };

      // The matrix is only as good as these assumptions about the demo data.
      if (!isMember(own.forumId, own.organisationId)) {
        throw new Error(`${name}: ${own.organisationId} is not a member of its own forum ${own.forumId}`);
      }
      if (isMember(OTHER.forumId, own.organisationId)) {
        throw new Error(`${name}: ${own.organisationId} is a member of the other forum ${OTHER.forumId}`);
      }
      const from = Date.parse(window.from);
      const to = Date.parse(window.to);
      if (
        !meetings.some(
          (m) => m.forumId === own.forumId && m.startsAt.getTime() >= from && m.startsAt.getTime() < to,
        )
      ) {
        throw new Error(
          `${name}: its own forum ${own.forumId} has no meeting in ${window.from}–${window.to}`,
        );
      }
      if (client) {
        const viewer = await client.gql<{
          viewer: { role: string; activeOrganisation: { id: string } | null } | null;
        }>(`{ viewer { role activeOrganisation { id } } }`);
        const expected = {
          role: spec.role,
          activeOrganisation: { id: encodeGlobalId('Organisation', own.organisationId) },
        };
        if (JSON.stringify(viewer.data?.viewer) !== JSON.stringify(expected)) {
          throw new Error(
            `${name} signs in as ${JSON.stringify(viewer.data)}, not ${JSON.stringify(expected)}`,
          );
        }
        const [actAs] = await db
          .select({ id: schema.membership.id })
          .from(schema.membership)
          .where(
            and(
              eq(schema.membership.userId, user?.id ?? ''),
              eq(schema.membership.organisationId, own.actAsId),
              eq(schema.membership.status, 'active'),
            ),
          );
        if (!actAs) throw new Error(`${name} has no active membership in ${own.actAsId}`);
      }

      // Signed out, every forum is out of sight.
      const hidden = forumRows.filter((forum) => !client || !isMember(forum.id, own.organisationId));
      const hiddenIds = new Set(hidden.map((forum) => forum.id));
      invisible[name] = [
        ...hidden.flatMap((forum) => [forum.id, encodeGlobalId('Forum', forum.id), forum.name]),
        ...meetings
          .filter((m) => hiddenIds.has(m.forumId))
          .flatMap((m) => [m.id, encodeGlobalId('Meeting', m.id)]),
      ];
    }

    // Karlstad's trail gets an entry of its own, so reading it shows something.
    await api.signIn(PEOPLE.karlstadCoordinator);
    return new AccessFixtures(api, actors, organisations, forums, invisible, window);
  }

  target(actor: ActorName, scope: Scope): Target {
    const place = scope === 'own' ? ACTOR_SPECS[actor].own : OTHER;
    const organisation = this.organisations.get(place.organisationId);
    const forum = this.forums.get(place.forumId);
    if (!organisation || !forum) throw new Error(`no demo records for ${JSON.stringify(place)}`);
    return {
      organisation,
      forum,
      actAs: { id: place.actAsId, globalId: encodeGlobalId('Organisation', place.actAsId) },
    };
  }

  cell(actor: ActorName, scope: Scope, unique: string): Cell {
    const target = this.target(actor, scope);
    let invitation: Promise<{ token: string; userId: string }> | undefined;
    let forums: Promise<{ first: string; second: string }> | undefined;
    let action: Promise<string> | undefined;
    let ownAction: Promise<string> | undefined;
    let poll: Promise<{ id: string; candidateId: string }> | undefined;
    let sharedCase: Promise<CaseFixture> | undefined;
    const db = this.api.database.db;
    const place: CasePlace = {
      organisationId: target.organisation.id,
      kind: target.organisation.kind,
      scope,
    };
    const theCase = () => {
      sharedCase ??= makeCase(db, place, unique);
      return sharedCase;
    };
    return {
      actor: this.actors[actor],
      scope,
      target,
      unique,
      window: this.window,
      fresh: {
        membership: (status = 'active') => this.freshMembership(target.organisation, unique, status),
        invitation: () => {
          invitation ??= this.freshInvitation(target.organisation, unique);
          return invitation;
        },
        forums: () => {
          forums ??= this.freshForums(target.organisation.id, unique);
          return forums;
        },
        meeting: async () => {
          forums ??= this.freshForums(target.organisation.id, unique);
          return this.freshMeeting(await forums, target.organisation.id);
        },
        heldMeeting: async () => {
          forums ??= this.freshForums(target.organisation.id, unique);
          return makeHeldMeeting(db, await forums, target.organisation.id);
        },
        mergeProposal: async (by) => {
          forums ??= this.freshForums(target.organisation.id, unique);
          return makeMergeProposal(
            db,
            await forums,
            by === 'target' ? target.organisation.id : o.regionKronoberg,
          );
        },
        action: () => {
          forums ??= this.freshForums(target.organisation.id, unique);
          action ??= forums.then((f) => this.freshAction(f.first, target.organisation.id));
          return action;
        },
        ownAction: () => {
          const own = this.target(actor, 'own').organisation.id;
          ownAction ??= this.freshForums(own, `${unique}-own`).then((f) => this.freshAction(f.first, own));
          return ownAction;
        },
        poll: () => {
          forums ??= this.freshForums(target.organisation.id, unique);
          poll ??= forums.then((f) => this.freshPoll(f.first));
          return poll;
        },
        case: theCase,
        disclosure: async () => makeDisclosure(db, place, await theCase()),
        incomingTransfer: () => makeIncomingTransfer(db, place, `${unique}-in`),
        joinRequest: async () => makeJoinRequest(db, place, await theCase()),
        caseElsewhere: () => makeCaseElsewhere(db, place, `${unique}-x`),
        activity: (status, options = {}) => {
          const at = options.ownOrganisation ? this.target(actor, 'own').organisation : target.organisation;
          const where = {
            organisationId: at.id,
            kind: at.kind,
            scope: options.ownOrganisation ? ('own' as const) : scope,
          };
          const label = options.ownOrganisation ? `mine-${unique}` : unique;
          return makeActivity(
            db,
            { ...where, municipalityCode: at.municipalityCode },
            label,
            status,
            options,
          );
        },
        referral: async (options = {}) => {
          const c = await theCase();
          const to = options.ownOrganisation
            ? this.target(actor, 'own').organisation.id
            : target.organisation.id;
          return makeReferral(
            db,
            c.id,
            secondFor(place),
            to,
            options.ownOrganisation ? `mine-${unique}` : unique,
          );
        },
      },
      userIdOf: (email) => this.userId(email),
    };
  }

  async userId(email: string): Promise<string> {
    const [user] = await this.api.database.db
      .select({ id: schema.userAccount.id })
      .from(schema.userAccount)
      .where(eq(schema.userAccount.email, email));
    if (!user) throw new Error(`no user ${email}`);
    return user.id;
  }

  private async freshMembership(
    organisation: OrganisationFixture,
    unique: string,
    status: 'active' | 'deactivated',
  ): Promise<string> {
    const db = this.api.database.db;
    const [user] = await db
      .insert(schema.userAccount)
      .values({ email: `target-${unique}@matrix.example`, displayName: `Målperson ${unique}` })
      .returning({ id: schema.userAccount.id });
    if (!user) throw new Error('user insert returned nothing');
    const [membership] = await db
      .insert(schema.membership)
      .values({
        userId: user.id,
        organisationId: organisation.id,
        role: ordinaryRole(organisation.kind),
        status,
      })
      .returning({ id: schema.membership.id });
    if (!membership) throw new Error('membership insert returned nothing');
    return encodeGlobalId('Membership', membership.id);
  }

  private async freshForums(organisationId: string, unique: string) {
    const db = this.api.database.db;
    const [host] = await db
      .select({ countyCode: schema.organisation.countyCode })
      .from(schema.organisation)
      .where(eq(schema.organisation.id, organisationId));
    if (!host) throw new Error(`no organisation ${organisationId}`);
    const made = await db
      .insert(schema.forum)
      .values(
        ['a', 'b'].map((suffix) => ({
          name: `Matrisforum ${unique} ${suffix}`,
          purpose: 'Finns för åtkomstmatrisen.',
          themes: ['safety' as const],
          level: 'municipal' as const,
          countyCode: host.countyCode,
          hostOrganisationId: organisationId,
          meetingsPerYear: 4,
        })),
      )
      .returning({ id: schema.forum.id });
    await db.insert(schema.forumMember).values(made.map((f) => ({ forumId: f.id, organisationId })));
    const [first, second] = made.map((f) => encodeGlobalId('Forum', f.id));
    if (!first || !second) throw new Error('forum insert returned too little');
    return { first, second };
  }

  private async freshAction(forumGlobalId: string, organisationId: string): Promise<string> {
    const forumId = Buffer.from(forumGlobalId, 'base64url').toString().split(':')[1] ?? '';
    const [made] = await this.api.database.db
      .insert(schema.actionItem)
      .values({ forumId, title: 'Matrisåtgärd', ownerOrganisationId: organisationId })
      .returning({ id: schema.actionItem.id });
    if (!made) throw new Error('action insert returned nothing');
    return encodeGlobalId('ActionItem', made.id);
  }

  private async freshMeeting(forums: { first: string }, organisationId: string): Promise<string> {
    const db = this.api.database.db;
    const forumId = Buffer.from(forums.first, 'base64url').toString().split(':')[1] ?? '';
    const startsAt = new Date(Date.now() + 30 * 86_400_000);
    const [made] = await db
      .insert(schema.meeting)
      .values({
        forumId,
        title: 'Matrismöte',
        startsAt,
        endsAt: new Date(startsAt.getTime() + 3_600_000),
        mode: 'digital',
        videoUrl: 'https://meet.example.se/matris',
      })
      .returning({ id: schema.meeting.id });
    if (!made) throw new Error('meeting insert returned nothing');
    await db.insert(schema.meetingInvitee).values({ meetingId: made.id, organisationId });
    return encodeGlobalId('Meeting', made.id);
  }

  private async freshPoll(forumGlobalId: string): Promise<{ id: string; candidateId: string }> {
    const db = this.api.database.db;
    const forumId = Buffer.from(forumGlobalId, 'base64url').toString().split(':')[1] ?? '';
    const [made] = await db
      .insert(schema.schedulingPoll)
      .values({
        forumId,
        title: 'Matrisomröstning',
        durationMinutes: 60,
        mode: 'digital',
        videoUrl: 'https://meet.example.se/matris',
      })
      .returning({ id: schema.schedulingPoll.id });
    if (!made) throw new Error('poll insert returned nothing');
    const candidates = await db
      .insert(schema.pollCandidate)
      .values(
        [30, 31].map((days) => {
          const startsAt = new Date(Date.now() + days * DAY);
          return { pollId: made.id, startsAt, endsAt: new Date(startsAt.getTime() + 3_600_000) };
        }),
      )
      .returning({ id: schema.pollCandidate.id });
    const [first] = candidates;
    if (!first) throw new Error('poll candidate insert returned nothing');
    return {
      id: encodeGlobalId('SchedulingPoll', made.id),
      candidateId: encodeGlobalId('PollCandidate', first.id),
    };
  }

  /** Made the way an admin makes it, so the link is a real one. */
  private async freshInvitation(organisation: OrganisationFixture, unique: string) {
    const email = `invited-${unique}@matrix.example`;
    const admin = await this.actors.platformAdmin.gql<{
      inviteMember: { __typename: string; invitation?: { invitationPath: string | null } };
    }>(
      `mutation($input: InviteMemberInput!) { inviteMember(input: $input) { __typename ... on InviteMemberSuccess { invitation { invitationPath } } } }`,
      {
        input: {
          organisationId: organisation.globalId,
          email,
          displayName: `Inbjuden ${unique}`,
          role: ordinaryRole(organisation.kind).toUpperCase(),
        },
      },
    );
    const token = admin.data?.inviteMember.invitation?.invitationPath?.split('/').pop();
    if (!token) throw new Error(`could not invite ${email}: ${JSON.stringify(admin.data ?? admin.errors)}`);
    return { token, userId: await this.userId(email) };
  }

  /** The last audit event and a digest of every watched table, in one statement. */
  async snapshot(): Promise<Snapshot> {
    const digests = WATCHED_TABLES.map(
      (table) =>
        `(select md5(coalesce(string_agg(t::text, '|' order by t::text), '')) from ${table} t) as ${table}`,
    ).join(', ');
    const [row] = rowsOf<Record<string, string | number>>(
      await this.api.database.db.execute(
        sql.raw(`select (select coalesce(max(id), 0)::int from audit_event) as last_audit_id, ${digests}`),
      ),
    );
    if (!row) throw new Error('snapshot returned nothing');
    const { last_audit_id: lastAuditId, ...tables } = row;
    return { lastAuditId: Number(lastAuditId), tables: tables as Record<string, string> };
  }

  auditSince(id: number): Promise<AuditRow[]> {
    const a = schema.auditEvent;
    return this.api.database.db
      .select({ id: a.id, action: a.action, actorUserId: a.actorUserId, recordId: a.recordId })
      .from(a)
      .where(gt(a.id, id))
      .orderBy(a.id);
  }
}
