import { schema } from '@samlad/db';
import { and, eq } from 'drizzle-orm';
import type { Viewer as ViewerShape } from '../../context.ts';
import { builder } from '../../schema/builder.ts';
import { parseId } from '../../schema/global-id.ts';
import { audit } from '../audit/audit.service.ts';
import { enumFromDb } from '../common/enums.ts';
import { InvalidInputError, NotAllowedError, SignInFailedError } from '../common/user-errors.ts';
import { Organisation } from '../organisations/organisation.graphql.ts';
import { ACTING_MEMBERSHIP, setActiveMembership } from './session.service.ts';
import { signInWithPassword, signOut } from './sign-in.service.ts';

export const MembershipRole = enumFromDb(
  'MembershipRole',
  'What a person may do in an organisation.',
  schema.membershipRole.enumValues,
  {
    admin: 'Manages the organisation’s units, members and audit log.',
    coordinator: 'Runs forums and meetings (samverkanssamordnare).',
    member: 'Takes part in forums and works shared cases (e.g. handläggare).',
    overseer: 'County board officer: sees aggregate figures for the county, never personal data.',
    partner: 'Civil-society partner: posts activities, answers referrals, sits in forums.',
  },
);

export const MembershipStatus = enumFromDb(
  'MembershipStatus',
  'Whether a membership can be used.',
  schema.membershipStatus.enumValues,
  { active: 'Can be used.', deactivated: 'Switched off by an admin.' },
);

export const User = builder.drizzleNode('userAccount', {
  name: 'User',
  description: 'A person who signs in. Work contact details only.',
  id: { column: (u) => u.id },
  authScopes: { signedIn: true },
  fields: (t) => ({
    displayName: t.exposeString('displayName', { description: 'Name as shown to colleagues.' }),
    email: t.exposeString('email', { description: 'Work e-mail address.' }),
    jobTitle: t.exposeString('jobTitle', { nullable: true, description: 'Job title.' }),
    workPhone: t.exposeString('workPhone', { nullable: true, description: 'Work phone number.' }),
    deactivated: t.boolean({
      description: 'Whether the account is switched off.',
      select: { columns: { deactivatedAt: true } },
      resolve: (u) => u.deactivatedAt !== null,
    }),
  }),
});

export const Membership = builder.drizzleNode('membership', {
  name: 'Membership',
  description: 'A person’s role in one organisation.',
  id: { column: (m) => m.id },
  authScopes: { signedIn: true },
  fields: (t) => ({
    role: t.expose('role', { type: MembershipRole, description: 'The role.' }),
    status: t.expose('status', { type: MembershipStatus, description: 'Active or deactivated.' }),
    organisation: t.relation('organisation', { description: 'The organisation.' }),
    user: t.relation('user', { description: 'The person.' }),
  }),
});

export const Viewer = builder.objectRef<ViewerShape>('Viewer').implement({
  description: 'The signed-in person and the organisation they act for now.',
  fields: (t) => ({
    user: t.drizzleField({
      type: 'userAccount',
      description: 'The person.',
      resolve: (query, viewer, _args, ctx) =>
        ctx.db.query.userAccount.findFirst(query({ where: { id: viewer.userId } })).then((u) => {
          if (!u) throw new Error('viewer without a user row');
          return u;
        }),
    }),
    isPlatformAdmin: t.exposeBoolean('isPlatformAdmin', {
      description: 'Manages organisations across the whole platform.',
    }),
    role: t.field({
      type: MembershipRole,
      nullable: true,
      description: 'The role in the active organisation.',
      resolve: (viewer) => viewer.membership?.role ?? null,
    }),
    activeOrganisation: t.drizzleField({
      type: 'organisation',
      nullable: true,
      description: 'The organisation the person acts for now.',
      resolve: (query, viewer, _args, ctx) =>
        viewer.membership
          ? ctx.db.query.organisation.findFirst(query({ where: { id: viewer.membership.organisationId } }))
          : null,
    }),
    memberships: t.drizzleField({
      type: ['membership'],
      description: 'Active memberships the person can switch between.',
      resolve: (query, viewer, _args, ctx) =>
        ctx.db.query.membership.findMany(
          query({
            where: { userId: viewer.userId, status: 'active' },
            orderBy: { createdAt: 'asc', id: 'asc' },
          }),
        ),
    }),
  }),
});
void Organisation;

builder.queryFields((t) => ({
  viewer: t.field({
    type: Viewer,
    nullable: true,
    description: 'The signed-in person, or null when signed out.',
    authScopes: { public: true },
    resolve: (_root, _args, ctx) => ctx.viewer,
  }),
}));

builder.mutationType({
  description: 'Everything that changes data in Samlad. Each runs in one transaction.',
});

builder.mutationFields((t) => ({
  signIn: t.field({
    type: Viewer,
    description: 'Signs in with e-mail and password and sets the session cookie.',
    authScopes: { public: true },
    args: {
      email: t.arg.string({ required: true, description: 'Work e-mail address.' }),
      password: t.arg.string({ required: true, description: 'Password.' }),
    },
    errors: {
      types: [SignInFailedError, InvalidInputError],
      result: { name: 'SignInSuccess', description: 'Signed in.' },
      union: { name: 'SignInResult', description: 'Signed in, or why not.' },
      dataField: { name: 'viewer', description: 'The signed-in person.' },
    },
    resolve: (_root, args, ctx) => signInWithPassword(ctx, args.email, args.password),
  }),
  signOut: t.boolean({
    description: 'Ends the session and clears the cookie. Harmless when already signed out.',
    authScopes: { public: true },
    resolve: async (_root, _args, ctx) => {
      await signOut(ctx);
      return true;
    },
  }),
  switchOrganisation: t.field({
    type: Viewer,
    description: 'Acts for another organisation the person is an active member of.',
    authScopes: { signedIn: true },
    args: { organisationId: t.arg.id({ required: true, description: 'The organisation to act for.' }) },
    errors: {
      types: [NotAllowedError],
      result: { name: 'SwitchOrganisationSuccess', description: 'Switched.' },
      union: { name: 'SwitchOrganisationResult', description: 'Switched, or why not.' },
      dataField: { name: 'viewer', description: 'The person, acting for the new organisation.' },
    },
    resolve: async (_root, args, ctx) => {
      const viewer = ctx.viewer;
      if (!viewer) throw new NotAllowedError(ctx, 'signInRequired');
      const organisationId = parseId(ctx, args.organisationId, 'Organisation', 'organisationId');
      const m = schema.membership;
      const [target] = await ctx.db
        .select(ACTING_MEMBERSHIP)
        .from(m)
        .innerJoin(schema.organisation, eq(schema.organisation.id, m.organisationId))
        .where(
          and(eq(m.userId, viewer.userId), eq(m.organisationId, organisationId), eq(m.status, 'active')),
        );
      if (!target) throw new NotAllowedError(ctx, 'notAMember', {}, 'organisationId');
      await setActiveMembership(ctx.db, viewer.sessionId, target.id);
      ctx.viewer = { ...viewer, membership: target };
      await audit(ctx, {
        action: 'auth.organisation_switched',
        recordType: 'organisation',
        recordId: organisationId,
      });
      return ctx.viewer;
    },
  }),
}));
