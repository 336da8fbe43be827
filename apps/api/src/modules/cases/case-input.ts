import { schema } from '@samlad/db';
import { and, eq } from 'drizzle-orm';
import type { Context } from '../../context.ts';
import { InvalidInputError } from '../common/user-errors.ts';

/** Trimmed, non-empty text of at most `max` characters; stored and shown as text, never as markup. */
export function checkText(ctx: Context, value: string, field: string, max: number): string {
  const trimmed = value.trim();
  if (!trimmed || trimmed.length > max)
    throw new InvalidInputError(ctx, 'textRequired', { field, max }, field);
  return trimmed;
}

/** A calendar date YYYY-MM-DD (a real one), or null when not given. */
export function parseCalendarDate(
  ctx: Context,
  value: string | null | undefined,
  field: string,
): string | null {
  if (value === null || value === undefined || value.trim() === '') return null;
  const text = value.trim();
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  const date = match ? new Date(Date.UTC(Number(match[1]), Number(match[2]) - 1, Number(match[3]))) : null;
  if (!match || !date || date.toISOString().slice(0, 10) !== text)
    throw new InvalidInputError(ctx, 'invalidCalendarDate', { field }, field);
  return text;
}

/** A disclosure basis in force from the catalogue (not consent itself) and a reason for using it. */
export async function checkBasis(
  ctx: Context,
  input: { basisCode: string; reason: string },
  field: string,
): Promise<{ code: string; reason: string }> {
  const [basis] = await ctx.db
    .select()
    .from(schema.disclosureBasis)
    .where(and(eq(schema.disclosureBasis.code, input.basisCode), eq(schema.disclosureBasis.active, true)));
  if (!basis)
    throw new InvalidInputError(ctx, 'basisUnknown', { value: input.basisCode }, `${field}.basisCode`);
  if (basis.isConsent) throw new InvalidInputError(ctx, 'basisIsConsent', {}, `${field}.basisCode`);
  const reason = input.reason.trim();
  if (!reason || reason.length > 2000)
    throw new InvalidInputError(
      ctx,
      'reasonRequired',
      { field: `${field}.reason`, max: 2000 },
      `${field}.reason`,
    );
  return { code: basis.code, reason };
}
