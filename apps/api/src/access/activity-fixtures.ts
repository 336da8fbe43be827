/** Activities made for one access-matrix cell, written directly as the tables' owner. */
import { type Database, DEMO, schema } from '@samlad/db';
import { encodeGlobalId } from '../schema/global-id.ts';
import type { CasePlace } from './case-fixtures.ts';

type Status = (typeof schema.activityStatus.enumValues)[number];
const o = DEMO.organisations;

/** Who offers a cell's activity: the target organisation if it may post, else an association nearby. */
export function activityOwner(place: CasePlace): string {
  if (place.kind === 'civil_society' || place.kind === 'municipality') return place.organisationId;
  return place.scope === 'own' ? o.vaxjoIdrott : o.karlstadIdrott;
}

export interface ActivityFixture {
  id: string;
  globalId: string;
  title: string;
}

export async function makeActivity(
  db: Database,
  place: CasePlace & { municipalityCode: string | null },
  unique: string,
  status: Status,
  options: { municipalityCode?: string; owner?: string } = {},
): Promise<ActivityFixture> {
  const year = new Date().getFullYear() + 1;
  const title = `Matrisaktivitet ${unique} ${status}`;
  const [made] = await db
    .insert(schema.activity)
    .values({
      organisationId: options.owner ?? activityOwner(place),
      title,
      description: 'Finns för åtkomstmatrisen.',
      category: 'sport',
      minAge: 10,
      maxAge: 15,
      municipalityCode:
        options.municipalityCode ?? place.municipalityCode ?? (place.scope === 'own' ? '0780' : '1780'),
      place: 'Matrishallen',
      season: 'summer',
      startsOn: `${year}-06-01`,
      endsOn: `${year}-08-01`,
      signUp: 'Kom dit.',
      status,
      publishedAt: status === 'published' ? new Date() : null,
    })
    .returning({ id: schema.activity.id });
  if (!made) throw new Error('activity insert returned nothing');
  return { id: made.id, globalId: encodeGlobalId('Activity', made.id), title };
}

/** A referral from a case in the target organisation's part of the country to `to`; its global id and alias. */
export async function makeReferral(db: Database, caseId: string, from: string, to: string, unique: string) {
  const alias = `Matrisalias ${unique}`;
  const [made] = await db
    .insert(schema.referral)
    .values({ caseId, fromOrganisationId: from, toOrganisationId: to, alias, contactPath: 'Via matrisen' })
    .returning({ id: schema.referral.id });
  return { globalId: encodeGlobalId('Referral', made?.id ?? ''), alias };
}
