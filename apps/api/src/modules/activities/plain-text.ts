import type { Context } from '../../context.ts';
import { fieldWord } from '../../i18n/activity-messages.ts';
import { InvalidInputError } from '../common/user-errors.ts';

/** Markup or a script link: what public texts refuse, so nothing a reader's browser could run is stored. */
const MARKUP = /<\s*\/?\s*[a-z!?][^>]*>|javascript:/i;

/**
 * Trimmed plain text of at most `max` characters, or null when empty; the error names the field
 * in words ("Beskrivning") and keeps its code in `field`.
 */
export function optionalPlainText(
  ctx: Context,
  value: string | null | undefined,
  field: string,
  max: number,
): string | null {
  const text = value?.trim() ?? '';
  if (!text) return null;
  const word = fieldWord(ctx.locale, field);
  if (text.length > max) throw new InvalidInputError(ctx, 'textRequired', { field: word, max }, field);
  if (MARKUP.test(text)) throw new InvalidInputError(ctx, 'htmlNotAllowed', { field: word }, field);
  return text;
}

/** As `optionalPlainText`, but the field must not be empty. */
export function plainText(
  ctx: Context,
  value: string | null | undefined,
  field: string,
  max: number,
): string {
  const text = optionalPlainText(ctx, value, field, max);
  if (text === null)
    throw new InvalidInputError(ctx, 'textRequired', { field: fieldWord(ctx.locale, field), max }, field);
  return text;
}
