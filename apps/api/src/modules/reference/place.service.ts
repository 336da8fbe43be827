import type { Context } from '../../context.ts';
import { InvalidInputError } from '../common/user-errors.ts';

/**
 * Checks that a county code exists and, if given, that the municipality exists and lies in it;
 * the error names the field and says which, in the person's language.
 */
export async function checkPlace(ctx: Context, countyCode: string, municipalityCode?: string | null) {
  const county = await ctx.db.query.county.findFirst({ where: { code: countyCode } });
  if (!county) {
    const what = ctx.locale === 'sv' ? 'län' : 'county';
    throw new InvalidInputError(ctx, 'unknownCode', { what, code: countyCode }, 'countyCode');
  }
  if (!municipalityCode) return;
  const municipality = await ctx.db.query.municipality.findFirst({ where: { code: municipalityCode } });
  if (!municipality) {
    const what = ctx.locale === 'sv' ? 'kommun' : 'municipality';
    throw new InvalidInputError(ctx, 'unknownCode', { what, code: municipalityCode }, 'municipalityCode');
  }
  if (municipality.countyCode !== countyCode) {
    throw new InvalidInputError(
      ctx,
      'municipalityNotInCounty',
      { municipality: municipality.name, county: county.name },
      'municipalityCode',
    );
  }
}
