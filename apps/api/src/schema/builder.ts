import SchemaBuilder from '@pothos/core';
import DrizzlePlugin from '@pothos/plugin-drizzle';
import ErrorsPlugin from '@pothos/plugin-errors';
import RelayPlugin from '@pothos/plugin-relay';
import ScopeAuthPlugin from '@pothos/plugin-scope-auth';
import ValidationPlugin from '@pothos/plugin-validation';
import { type Relations, relations } from '@samlad/db';
import { getTableConfig } from 'drizzle-orm/pg-core';
import { GraphQLError } from 'graphql';
import type { Context } from '../context.ts';
import { userInputError } from '../errors.ts';
import { isMessageKey, translate } from '../i18n/messages.ts';
import { isOrgAdmin } from '../modules/auth/access.ts';
import { decodeGlobalId, encodeGlobalId } from './global-id.ts';

export interface SchemaTypes {
  Context: Context;
  DrizzleRelations: Relations;
  AuthScopes: {
    /** Anyone, signed in or not (sign-in itself, later published activities). */
    public: boolean;
    signedIn: boolean;
    platformAdmin: boolean;
    /** Acting for this organisation (the active membership). */
    orgMember: string;
    /** Acting as admin for this organisation or one of its ancestors. */
    orgAdmin: string;
  };
  Scalars: {
    DateTime: { Input: Date; Output: Date | string };
  };
  DefaultFieldNullability: false;
  DefaultEdgesNullability: { list: false; items: false };
  DefaultNodeNullability: false;
}

/** The largest page a connection returns; larger requests get this many. */
export const MAX_PAGE_SIZE = 200;
/** The page a connection returns when `first` is not given. */
export const DEFAULT_PAGE_SIZE = 20;

/** The one Pothos builder. It defines no types: modules do. */
export const builder = new SchemaBuilder<SchemaTypes>({
  // scope-auth first, so authorization runs before anything else touches a field.
  plugins: [ScopeAuthPlugin, ErrorsPlugin, ValidationPlugin, RelayPlugin, DrizzlePlugin],
  defaultFieldNullability: false,
  scopeAuth: {
    // Check subscriptions when they start, not only on each event: the signed-out never subscribe.
    authorizeOnSubscribe: true,
    // Loaders, not values: sign-in changes the viewer during a request, and what it returns
    // (the viewer) must be checked against the new one.
    authScopes: (ctx) => ({
      public: true,
      signedIn: () => ctx.viewer !== null,
      platformAdmin: () => ctx.viewer?.isPlatformAdmin ?? false,
      orgMember: (organisationId) => ctx.viewer?.membership?.organisationId === organisationId,
      orgAdmin: (organisationId) => isOrgAdmin(ctx, organisationId),
    }),
    // Refusals speak the person's language and say whether signing in would help.
    unauthorizedError: (_parent, ctx) =>
      new GraphQLError(translate(ctx.locale, ctx.viewer ? 'forbidden' : 'signInRequired'), {
        extensions: { code: ctx.viewer ? 'FORBIDDEN' : 'UNAUTHENTICATED' },
      }),
  },
  errors: { defaultTypes: [] },
  validation: {
    // Schemas carry a message key as their message; the person gets it in their language.
    validationError: (result, args, ctx) => {
      const issue = result.issues[0];
      const path = (issue?.path ?? []).map((p) => String(typeof p === 'object' ? p.key : p));
      const field = path.join('.') || 'input';
      const key = issue && isMessageKey(issue.message) ? issue.message : 'invalidInput';
      const value = path.reduce<unknown>((v, p) => (v as Record<string, unknown> | undefined)?.[p], args);
      return userInputError(ctx, key, { field, value: String(value) }, field);
    },
  },
  relay: {
    clientMutationId: 'omit',
    // No generic node lookup: every read goes through a field that applies the access rules.
    nodeQueryOptions: false,
    nodesQueryOptions: false,
    cursorType: 'String',
    encodeGlobalID: (typename, id) => encodeGlobalId(typename, id),
    decodeGlobalID: (globalId, ctx) => decodeGlobalId(globalId, ctx),
    edgesFieldOptions: { nullable: { list: false, items: false } },
    nodeFieldOptions: { nullable: false },
  },
  drizzle: {
    client: (ctx) => ctx.db,
    getTableConfig,
    relations,
    defaultConnectionSize: DEFAULT_PAGE_SIZE,
    maxConnectionSize: MAX_PAGE_SIZE,
  },
});
