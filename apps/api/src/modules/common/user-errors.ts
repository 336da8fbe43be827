import type { Context } from '../../context.ts';
import { type MessageKey, translate } from '../../i18n/messages.ts';

/**
 * Expected failures of a mutation. They become members of the mutation's result union, carry a
 * message in the person's language and, where it helps, the input field to correct.
 */
export abstract class UserError extends Error {
  readonly field: string | null;
  constructor(
    ctx: Pick<Context, 'locale'>,
    key: MessageKey,
    params: Record<string, string | number> = {},
    field?: string,
  ) {
    super(translate(ctx.locale, key, params));
    this.field = field ?? null;
  }
}

/** The input is wrong; `field` names what to correct. */
export class InvalidInputError extends UserError {
  override name = 'InvalidInputError';
}

/** The person may not do this, acting for their current organisation. */
export class NotAllowedError extends UserError {
  override name = 'NotAllowedError';
}

/** It clashes with something that already exists. */
export class ConflictError extends UserError {
  override name = 'ConflictError';
}

/** Sign-in refused; `retryAfterSeconds` is set when it is rate limited. */
export class SignInFailedError extends UserError {
  override name = 'SignInFailedError';
  retryAfterSeconds: number | null = null;
}
