import { builder } from '../../schema/builder.ts';
import {
  ConflictError,
  InvalidInputError,
  NotAllowedError,
  SignInFailedError,
  type UserError,
} from './user-errors.ts';

export const UserErrorInterface = builder.interfaceRef<UserError>('UserError').implement({
  description: 'An expected failure: what went wrong, in the person’s language, and the field to correct.',
  fields: (t) => ({
    message: t.exposeString('message', {
      description: 'What went wrong and what to do, in Swedish or English.',
    }),
    field: t.exposeString('field', { nullable: true, description: 'The input field to correct, if one.' }),
  }),
});

builder.objectType(InvalidInputError, {
  name: 'InvalidInputError',
  description: 'The input is not valid; nothing was changed.',
  interfaces: [UserErrorInterface],
  isTypeOf: (value) => value instanceof InvalidInputError,
});

builder.objectType(NotAllowedError, {
  name: 'NotAllowedError',
  description: 'Not allowed for the organisation and role the person acts in; nothing was changed.',
  interfaces: [UserErrorInterface],
  isTypeOf: (value) => value instanceof NotAllowedError,
});

builder.objectType(ConflictError, {
  name: 'ConflictError',
  description: 'Clashes with something that already exists; nothing was changed.',
  interfaces: [UserErrorInterface],
  isTypeOf: (value) => value instanceof ConflictError,
});

builder.objectType(SignInFailedError, {
  name: 'SignInFailedError',
  description: 'Sign-in was refused. The message does not say whether the account exists.',
  interfaces: [UserErrorInterface],
  isTypeOf: (value) => value instanceof SignInFailedError,
  fields: (t) => ({
    retryAfterSeconds: t.exposeInt('retryAfterSeconds', {
      nullable: true,
      description: 'Set when too many attempts were made: wait this long before trying again.',
    }),
  }),
});

/** The failures most mutations can end in. */
export const COMMON_ERRORS = [InvalidInputError, NotAllowedError, ConflictError];
