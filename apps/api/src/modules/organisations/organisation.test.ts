import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PEOPLE, startTestApi, type TestApi, type TestClient } from '../../test/harness.ts';

let api: TestApi;
/** A coordinator at Växjö's social services, a member of about ten forums. */
let me: TestClient;
beforeAll(async () => {
  api = await startTestApi();
  me = await api.signIn(PEOPLE.vaxjoCoordinator);
});
afterAll(() => api?.close());

interface Org {
  id: string;
  name: string;
  kind: string;
  county: { code: string };
  municipality: { code: string; name: string } | null;
  parent: { name: string } | null;
  units: Array<{ name: string }>;
}
type Orgs = { organisations: { totalCount: number; edges: Array<{ node: Org }> } };
const ORGS = /* GraphQL */ `
  query($county: String, $municipality: String, $kind: OrganisationKind) {
    organisations(first: 200, countyCode: $county, municipalityCode: $municipality, kind: $kind) {
      totalCount
      edges { node { id name kind county { code } municipality { code name } parent { name } units { name } } }
    }
  }
`;

describe('organisations', () => {
  it('covers every kind of agency in the demo data', async () => {
    const res = await me.gql<Orgs>(ORGS);
    const kinds = new Set(res.data?.organisations.edges.map((e) => e.node.kind));
    for (const kind of [
      'MUNICIPALITY',
      'REGION',
      'POLICE',
      'EMPLOYMENT_SERVICE',
      'COUNTY_BOARD',
      'SCHOOL',
      'CIVIL_SOCIETY',
    ]) {
      expect(kinds).toContain(kind);
    }
  });

  it('filters by municipality and kind together', async () => {
    const res = await me.gql<Orgs>(ORGS, { municipality: '0780', kind: 'MUNICIPALITY' });
    const nodes = res.data?.organisations.edges.map((e) => e.node) ?? [];
    expect(nodes.length).toBeGreaterThan(0);
    expect(nodes.every((o) => o.kind === 'MUNICIPALITY' && o.municipality?.name === 'Växjö')).toBe(true);
    expect(res.data?.organisations.totalCount).toBe(nodes.length);
  });

  it('filters by county', async () => {
    const res = await me.gql<Orgs>(ORGS, { county: '17' });
    const nodes = res.data?.organisations.edges.map((e) => e.node) ?? [];
    expect(nodes.length).toBeGreaterThan(0);
    expect(nodes.every((o) => o.county.code === '17')).toBe(true);
  });

  it('shows the tree of units both ways', async () => {
    const res = await me.gql<Orgs>(ORGS);
    const nodes = res.data?.organisations.edges.map((e) => e.node) ?? [];
    const unit = nodes.find((o) => o.parent);
    expect(unit).toBeDefined();
    const parent = nodes.find((o) => o.name === unit?.parent?.name);
    expect(parent?.units.map((u) => u.name)).toContain(unit?.name);
  });

  it('rejects a malformed municipality code in the person’s language', async () => {
    const res = await me.gql(ORGS, { municipality: '780' }, { 'accept-language': 'en' });
    expect(res.errors?.[0]?.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'municipalityCode' });
    expect(res.errors?.[0]?.message).toContain('must be four digits');
  });

  it('lists counties and the municipalities of one county', async () => {
    const res = await me.gql<{ counties: Array<{ code: string }>; municipalities: Array<{ name: string }> }>(
      `{ counties { code } municipalities(countyCode: "07") { name } }`,
    );
    expect(res.data?.counties).toHaveLength(21);
    expect(res.data?.municipalities.map((m) => m.name)).toContain('Växjö');
    expect(res.data?.municipalities).toHaveLength(8);
  });
});
