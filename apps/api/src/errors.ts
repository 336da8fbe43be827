import { GraphQLError } from 'graphql';
import type { Context } from './context.ts';
import { type MessageKey, translate } from './i18n/messages.ts';

/**
 * An error the person can act on: the message is in their language and `extensions.field`
 * names the argument to correct.
 */
export function userInputError(
  ctx: Pick<Context, 'locale'>,
  key: MessageKey,
  params: Record<string, string | number> = {},
  field?: string,
): GraphQLError {
  return new GraphQLError(translate(ctx.locale, key, params), {
    extensions: { code: 'BAD_USER_INPUT', ...(field ? { field } : {}) },
  });
}

/** A read the viewer may not make, as a GraphQL error (mutations return NotAllowedError instead). */
export function forbiddenError(
  ctx: Pick<Context, 'locale' | 'viewer'>,
  reason?: { key: MessageKey; params?: Record<string, string | number>; field?: string },
): GraphQLError {
  if (!ctx.viewer) {
    return new GraphQLError(translate(ctx.locale, 'signInRequired'), {
      extensions: { code: 'UNAUTHENTICATED' },
    });
  }
  return new GraphQLError(translate(ctx.locale, reason?.key ?? 'forbidden', reason?.params ?? {}), {
    extensions: { code: 'FORBIDDEN', ...(reason?.field ? { field: reason.field } : {}) },
  });
}
