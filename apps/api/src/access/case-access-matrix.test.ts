/**
 * The case dimensions of the access matrix (issue 5, rule 4–7): every actor × the case's relation
 * to the actor's organisation (it leads it, takes part in it, or is foreign to it) × the consent
 * naming that organisation (given, withdrawn, expired) × the protected-personal-data flag.
 * Each combination is a case of its own; the actor reads it through the API and must get exactly
 * what the rules allow, and nothing of what they do not: no name, number, address, note or plan.
 */
import { type Database, DEMO, schema } from '@samlad/db';
import { displayPersonalIdentityNumber } from '@samlad/domain';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { encodeGlobalId } from '../schema/global-id.ts';
import { startTestApi, type TestApi } from '../test/harness.ts';
import { freshPin } from './case-fixtures.ts';
import { ACTOR_SPECS, ACTORS, AccessFixtures, type ActorName } from './fixtures.ts';

const RELATIONS = ['lead', 'participating', 'foreign'] as const;
const CONSENTS = ['given', 'withdrawn', 'expired'] as const;
const PROTECTED = [false, true] as const;
type Relation = (typeof RELATIONS)[number];
type ConsentCase = (typeof CONSENTS)[number];

const o = DEMO.organisations;
const DAY = 86_400_000;

/** Who may read cases at all: not the signed-out, not overseers, not anyone acting for a county board. */
const READS_CASES: Record<ActorName, boolean> = {
  anonymous: false,
  admin: true,
  coordinator: true,
  member: true,
  overseer: false,
  partner: true,
  platformAdmin: false,
};

interface Combination {
  actor: ActorName;
  relation: Relation;
  consent: ConsentCase;
  protectedIdentity: boolean;
}

interface Made {
  globalId: string;
  reference: string;
  secrets: { name: string; pin: string; address: string; note: string; needs: string; guardian: string };
}

/** What the rules say the actor sees of the case. */
function expected(c: Combination) {
  if (!READS_CASES[c.actor] || c.relation === 'foreign') return null;
  const covered = c.relation === 'lead' || c.consent === 'given';
  return { identity: covered, notes: covered, plan: covered };
}

/** Writes one combination's case as the owner: lead, participants, subject, guardian, consent, note, plan. */
async function makeCombination(db: Database, c: Combination, index: number): Promise<Made> {
  const own = ACTOR_SPECS[c.actor].own.organisationId;
  const lead =
    c.relation === 'lead' ? own : c.relation === 'participating' ? o.vaxjoSocial : o.karlstadSocial;
  // A participating actor whose own organisation is Växjö's social services is paired with the police as lead.
  const leadId = c.relation === 'participating' && own === o.vaxjoSocial ? o.polisVaxjo : lead;
  const reader = c.relation === 'foreign' ? o.polisKarlstad : own;
  const participants = [...new Set([leadId, reader])];
  const tag = `${c.actor}-${c.relation}-${c.consent}-${c.protectedIdentity ? 'p' : 'o'}`;
  const secrets = {
    name: `Kombinationsperson ${tag}`,
    pin: freshPin(),
    address: `Hemligvägen ${index}, Växjö`,
    note: `Kombinationsanteckning ${tag}`,
    needs: `Kombinationsbehov ${tag}`,
    guardian: `Kombinationsvårdnadshavare ${tag}`,
  };
  const now = Date.now();
  const [made] = await db
    .insert(schema.sharedCase)
    .values({
      reference: `CMB-2000-${String(index).padStart(5, '0')}`,
      subjectKind: 'person',
      status: 'active',
      themes: ['safety'],
      summary: 'Kombinationsärende',
      leadOrganisationId: leadId,
      identified: true,
      protectedIdentity: c.protectedIdentity,
    })
    .returning({ id: schema.sharedCase.id });
  if (!made) throw new Error('case insert returned nothing');
  const caseId = made.id;
  await db
    .insert(schema.caseParticipant)
    .values(participants.map((organisationId) => ({ caseId, organisationId })));
  await db.insert(schema.caseSubject).values({
    caseId,
    leadOrganisationId: leadId,
    fullName: secrets.name,
    personalIdentityNumber: secrets.pin,
    protectedIdentity: c.protectedIdentity,
    address: c.protectedIdentity ? null : secrets.address,
    municipalityOfResidenceCode: c.protectedIdentity ? null : '0780',
  });
  await db.insert(schema.caseGuardian).values({ caseId, position: 1, fullName: secrets.guardian });
  const window = {
    given: { validFrom: new Date(now - DAY), validUntil: new Date(now + 30 * DAY), withdrawnAt: null },
    withdrawn: { validFrom: new Date(now - 10 * DAY), validUntil: null, withdrawnAt: new Date(now - DAY) },
    expired: { validFrom: new Date(now - 30 * DAY), validUntil: new Date(now - DAY), withdrawnAt: null },
  }[c.consent];
  const [consent] = await db
    .insert(schema.consent)
    .values({
      caseId,
      givenBy: 'person',
      purpose: 'Kombination',
      scopes: ['identity', 'notes', 'plan'],
      form: 'written',
      recordedByOrganisationId: leadId,
      ...window,
    })
    .returning({ id: schema.consent.id });
  if (consent && reader !== leadId) {
    await db
      .insert(schema.consentOrganisation)
      .values({ consentId: consent.id, caseId, organisationId: reader });
  }
  const [note] = await db
    .insert(schema.caseNote)
    .values({ caseId, authorOrganisationId: leadId, body: secrets.note })
    .returning({ id: schema.caseNote.id });
  if (note && reader !== leadId) {
    await db.insert(schema.caseNoteVisibility).values({ noteId: note.id, caseId, organisationId: reader });
  }
  await db.insert(schema.casePlan).values({ caseId, needs: secrets.needs });
  return {
    globalId: encodeGlobalId('SharedCase', caseId),
    reference: `CMB-2000-${String(index).padStart(5, '0')}`,
    secrets,
  };
}

const CASE = /* GraphQL */ `
  query($id: ID!) {
    case(id: $id) {
      reference protectedIdentity
      access { identity notes plan }
      subject { fullName personalIdentityNumber address municipalityOfResidence { code } }
      guardians { fullName }
      notes { body }
      plan { needs }
    }
  }
`;
type CaseAnswer = {
  case: {
    reference: string;
    protectedIdentity: boolean;
    access: { identity: boolean; notes: boolean; plan: boolean };
    subject: {
      fullName: string;
      address: string | null;
      municipalityOfResidence: { code: string } | null;
    } | null;
    guardians: Array<{ fullName: string }>;
    notes: Array<{ body: string }>;
    plan: { needs: string } | null;
  } | null;
};

let api: TestApi;
let fx: AccessFixtures;
const combinations: Array<Combination & { made: Made }> = [];
beforeAll(async () => {
  api = await startTestApi();
  fx = await AccessFixtures.load(api);
  let index = 0;
  for (const actor of ACTORS)
    for (const relation of RELATIONS)
      for (const consent of CONSENTS)
        for (const protectedIdentity of PROTECTED) {
          const c = { actor, relation, consent, protectedIdentity };
          index += 1;
          combinations.push({ ...c, made: await makeCombination(api.database.db, c, index) });
        }
});
afterAll(() => api?.close());

describe('case access by relation, consent and protection', () => {
  for (const actor of ACTORS)
    for (const relation of RELATIONS)
      for (const consent of CONSENTS)
        for (const protectedIdentity of PROTECTED) {
          const c: Combination = { actor, relation, consent, protectedIdentity };
          const want = expected(c);
          const label = `${actor}, ${relation} organisation, consent ${consent}, ${protectedIdentity ? 'protected' : 'not protected'} → ${
            want
              ? Object.entries(want)
                  .filter(([, v]) => v)
                  .map(([k]) => k)
                  .join(' + ') || 'reference only'
              : READS_CASES[actor]
                ? 'no case'
                : 'refused'
          }`;
          it(label, async () => {
            const found = combinations.find(
              (x) =>
                x.actor === actor &&
                x.relation === relation &&
                x.consent === consent &&
                x.protectedIdentity === protectedIdentity,
            );
            if (!found) throw new Error('combination not made');
            const res = await fx.actors[actor].gql<CaseAnswer>(CASE, { id: found.made.globalId });
            const body = JSON.stringify(res);
            const s = found.made.secrets;
            if (!READS_CASES[actor]) {
              expect(res.errors?.[0]?.extensions?.code).toBe(
                actor === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN',
              );
            } else if (!want) {
              expect(res.data?.case, body).toBeNull();
            } else {
              const seen = res.data?.case;
              expect(seen?.reference).toBe(found.made.reference);
              expect(seen?.access).toEqual(want);
              expect(seen?.subject?.fullName ?? null).toBe(want.identity ? s.name : null);
              expect(seen?.guardians.map((g) => g.fullName)).toEqual(want.identity ? [s.guardian] : []);
              expect(seen?.notes.map((n) => n.body)).toEqual(want.notes ? [s.note] : []);
              expect(seen?.plan?.needs ?? null).toBe(want.plan ? s.needs : null);
              if (want.identity) {
                expect(seen?.subject?.address ?? null).toBe(protectedIdentity ? null : s.address);
                expect(seen?.subject?.municipalityOfResidence?.code ?? null).toBe(
                  protectedIdentity ? null : '0780',
                );
              }
            }
            // Nothing the rules withhold appears anywhere in the answer.
            const withheld = [
              ...(want?.identity
                ? []
                : [s.name, s.pin, displayPersonalIdentityNumber(s.pin), s.guardian, s.address]),
              ...(want?.notes ? [] : [s.note]),
              ...(want?.plan ? [] : [s.needs]),
              ...(protectedIdentity ? [s.address] : []),
            ];
            expect(withheld.filter((secret) => body.includes(secret))).toEqual([]);
          });
        }
});

describe('the case list', () => {
  for (const actor of ACTORS) {
    it(`${actor} sees the references of the cases its organisation leads or takes part in, and no identity`, async () => {
      const res = await fx.actors[actor].gql<{ cases: { edges: Array<{ node: { reference: string } }> } }>(
        `{ cases(first: 200, reference: "CMB-2000") { edges { node { reference } } } }`,
      );
      if (!READS_CASES[actor]) {
        expect(res.errors?.[0]?.extensions?.code).toBe(
          actor === 'anonymous' ? 'UNAUTHENTICATED' : 'FORBIDDEN',
        );
        return;
      }
      const mine = combinations
        .filter((c) => c.actor === actor && c.relation !== 'foreign')
        .map((c) => c.made.reference);
      const listed = res.data?.cases.edges.map((e) => e.node.reference) ?? [];
      expect(listed).toEqual(expect.arrayContaining(mine));
      const foreign = combinations.filter((c) => c.relation === 'foreign').map((c) => c.made.reference);
      expect(listed.filter((r) => foreign.includes(r))).toEqual([]);
      const body = JSON.stringify(res);
      expect(combinations.filter((c) => body.includes(c.made.secrets.name))).toEqual([]);
    });
  }
});
