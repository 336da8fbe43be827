import type { schema } from '@samlad/db';
import { atomically, mustFind } from '../../db-session.ts';
import { forbiddenError } from '../../errors.ts';
import { builder } from '../../schema/builder.ts';
import { parseId } from '../../schema/global-id.ts';
import { Membership, MembershipRole, Viewer } from '../auth/viewer.graphql.ts';
import { COMMON_ERRORS } from '../common/user-errors.graphql.ts';
import { InvalidInputError } from '../common/user-errors.ts';
import {
  acceptInvitation,
  canAdminister,
  changeMemberRole,
  describeInvitation,
  inviteMember,
  setMemberActive,
} from './members.service.ts';

const InviteMemberInput = builder.inputType('InviteMemberInput', {
  description: 'A person to add to an organisation.',
  fields: (t) => ({
    organisationId: t.id({ required: true, description: 'The organisation (or unit) to add them to.' }),
    email: t.string({ required: true, description: 'Their work e-mail address.' }),
    displayName: t.string({ required: true, description: 'Their name as colleagues should see it.' }),
    jobTitle: t.string({ required: false, description: 'Their job title.' }),
    role: t.field({ type: MembershipRole, required: true, description: 'The role to give.' }),
  }),
});

interface InvitationShape {
  id: string;
  email: string;
  organisationId: string;
  role: (typeof schema.membershipRole.enumValues)[number];
  expiresAt: Date;
  token: string;
}

const Invitation = builder.objectRef<InvitationShape>('Invitation').implement({
  description:
    'An invitation sent as a one-time link. It looks the same whether or not the person already has an account, and grants nothing until they accept.',
  fields: (t) => ({
    email: t.exposeString('email', { description: 'The address the invitation was made out to.' }),
    role: t.field({ type: MembershipRole, description: 'The role offered.', resolve: (i) => i.role }),
    expiresAt: t.expose('expiresAt', { type: 'DateTime', description: 'When the link stops working.' }),
    organisation: t.drizzleField({
      type: 'organisation',
      description: 'The organisation the person is invited to.',
      resolve: async (query, parent, _args, ctx) => {
        return mustFind(
          ctx.db.query.organisation.findFirst(query({ where: { id: parent.organisationId } })),
          'invited organisation',
        );
      },
    }),
    invitationPath: t.string({
      description: 'The path of the one-time link (valid 14 days). Shown only now: pass it on securely.',
      resolve: (i) => `/inbjudan/${i.token}`,
    }),
  }),
});

type InvitationDetailsShape = NonNullable<Awaited<ReturnType<typeof describeInvitation>>>;

const InvitationDetails = builder.objectRef<InvitationDetailsShape>('InvitationDetails').implement({
  description: 'What the holder of an invitation link is invited to.',
  fields: (t) => ({
    role: t.field({ type: MembershipRole, description: 'The role offered.', resolve: (i) => i.role }),
    expiresAt: t.expose('expiresAt', { type: 'DateTime', description: 'When the link stops working.' }),
    needsPassword: t.exposeBoolean('needsPassword', {
      description: 'True for a new account: choose a password. False: sign in first, then accept.',
    }),
    organisationName: t.exposeString('organisationName', { description: 'The organisation’s name.' }),
  }),
});

builder.queryFields((t) => ({
  invitation: t.field({
    type: InvitationDetails,
    nullable: true,
    description:
      'What an invitation link offers, or null if it is invalid, used or expired. For the link’s holder.',
    authScopes: { public: true },
    args: { token: t.arg.string({ required: true, description: 'The token from the link.' }) },
    resolve: (_root, args, ctx) => describeInvitation(ctx, args.token),
  }),
  members: t.drizzleConnection(
    {
      type: 'membership',
      description: 'The members of an organisation, for its admins.',
      authScopes: { signedIn: true },
      args: {
        organisationId: t.arg.id({ required: true, description: 'The organisation.' }),
        includeDeactivated: t.arg.boolean({ required: false, description: 'Also list deactivated members.' }),
      },
      resolve: async (query, _root, args, ctx) => {
        const organisationId = parseId(ctx, args.organisationId, 'Organisation', 'organisationId');
        if (!(await canAdminister(ctx, organisationId))) throw forbiddenError(ctx);
        return ctx.db.query.membership.findMany(
          query({
            where: args.includeDeactivated ? { organisationId } : { organisationId, status: 'active' },
            orderBy: { createdAt: 'asc' },
          }),
        );
      },
    },
    { name: 'MembershipConnection', description: 'A page of memberships.' },
    { name: 'MembershipEdge', description: 'A membership in a page.' },
  ),
}));

builder.mutationFields((t) => ({
  inviteMember: t.field({
    type: Invitation,
    description:
      'Invites a person to an organisation with a role, as a one-time link. Organisation admins and platform admins.',
    authScopes: { signedIn: true },
    args: { input: t.arg({ type: InviteMemberInput, required: true, description: 'Who and what role.' }) },
    errors: {
      types: COMMON_ERRORS,
      result: { name: 'InviteMemberSuccess', description: 'Added.' },
      union: { name: 'InviteMemberResult', description: 'Added, or why not.' },
      dataField: { name: 'invitation', description: 'The invitation, with its one-time link.' },
    },
    resolve: (_root, { input }, ctx) =>
      atomically(ctx, async () => {
        const { invitation, email, token } = await inviteMember(ctx, {
          ...input,
          organisationId: parseId(ctx, input.organisationId, 'Organisation', 'organisationId'),
        });
        return { ...invitation, email, token };
      }),
  }),
  changeMemberRole: t.drizzleField({
    type: 'membership',
    description:
      'Gives a member another role. Not one’s own, and never leaving an organisation without an admin.',
    authScopes: { signedIn: true },
    args: {
      membershipId: t.arg.id({ required: true, description: 'The membership.' }),
      role: t.arg({ type: MembershipRole, required: true, description: 'The new role.' }),
    },
    errors: {
      types: COMMON_ERRORS,
      result: { name: 'ChangeMemberRoleSuccess', description: 'Changed.' },
      union: { name: 'ChangeMemberRoleResult', description: 'Changed, or why not.' },
      dataField: { name: 'membership', description: 'The membership with its new role.' },
    },
    resolve: (query, _root, args, ctx) =>
      atomically(ctx, async () => {
        const id = parseId(ctx, args.membershipId, 'Membership', 'membershipId');
        await changeMemberRole(ctx, id, args.role);
        return mustFind(ctx.db.query.membership.findFirst(query({ where: { id } })), 'membership');
      }),
  }),
  deactivateMember: t.drizzleField({
    type: 'membership',
    description: 'Switches a membership off at once: the person can no longer act for the organisation.',
    authScopes: { signedIn: true },
    args: { membershipId: t.arg.id({ required: true, description: 'The membership.' }) },
    errors: {
      types: COMMON_ERRORS,
      result: { name: 'DeactivateMemberSuccess', description: 'Deactivated.' },
      union: { name: 'DeactivateMemberResult', description: 'Deactivated, or why not.' },
      dataField: { name: 'membership', description: 'The deactivated membership.' },
    },
    resolve: (query, _root, args, ctx) =>
      atomically(ctx, async () => {
        const id = parseId(ctx, args.membershipId, 'Membership', 'membershipId');
        await setMemberActive(ctx, id, false);
        return mustFind(ctx.db.query.membership.findFirst(query({ where: { id } })), 'membership');
      }),
  }),
  reactivateMember: t.drizzleField({
    type: 'membership',
    description: 'Switches a deactivated membership back on.',
    authScopes: { signedIn: true },
    args: { membershipId: t.arg.id({ required: true, description: 'The membership.' }) },
    errors: {
      types: COMMON_ERRORS,
      result: { name: 'ReactivateMemberSuccess', description: 'Reactivated.' },
      union: { name: 'ReactivateMemberResult', description: 'Reactivated, or why not.' },
      dataField: { name: 'membership', description: 'The reactivated membership.' },
    },
    resolve: (query, _root, args, ctx) =>
      atomically(ctx, async () => {
        const id = parseId(ctx, args.membershipId, 'Membership', 'membershipId');
        await setMemberActive(ctx, id, true);
        return mustFind(ctx.db.query.membership.findFirst(query({ where: { id } })), 'membership');
      }),
  }),
  acceptInvitation: t.field({
    type: Viewer,
    description:
      'Accepts an invitation: a new person chooses a password and is signed in; a person with an account must be signed in as themselves.',
    authScopes: { public: true },
    args: {
      token: t.arg.string({ required: true, description: 'The token from the link.' }),
      password: t.arg.string({
        required: false,
        description: 'For a new account: the password to use, at least 12 characters.',
      }),
    },
    errors: {
      types: [InvalidInputError],
      result: { name: 'AcceptInvitationSuccess', description: 'Joined the organisation.' },
      union: { name: 'AcceptInvitationResult', description: 'Signed in, or why not.' },
      dataField: { name: 'viewer', description: 'The signed-in person.' },
    },
    resolve: (_root, args, ctx) => atomically(ctx, () => acceptInvitation(ctx, args.token, args.password)),
  }),
}));

void Membership;
