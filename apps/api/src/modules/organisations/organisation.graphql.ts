import { schema } from '@samlad/db';
import { and, eq, type SQL } from 'drizzle-orm';
import { builder } from '../../schema/builder.ts';
import { swedishSortKey, whereDefined } from '../../schema/where.ts';
import { enumFromDb } from '../common/enums.ts';
import { countyCodeSchema, municipalityCodeSchema } from '../reference/reference.graphql.ts';

export const OrganisationKind = enumFromDb(
  'OrganisationKind',
  'What kind of body an organisation is.',
  schema.organisationKind.enumValues,
  {
    municipality: 'A municipality (kommun) or one of its units, e.g. social services.',
    region: 'A region (health care).',
    police: 'The Swedish Police Authority or a local police area.',
    employment_service: 'The Swedish Public Employment Service (Arbetsförmedlingen).',
    county_board: 'A county administrative board (länsstyrelse).',
    school: 'A school or a school organisation.',
    civil_society: 'A civil-society association (förening).',
    other: 'Any other body.',
  },
);

export const Organisation = builder.drizzleNode('organisation', {
  name: 'Organisation',
  description: 'An agency or association, or a unit of one. Contact details are never a private person’s.',
  id: { column: (o) => o.id },
  fields: (t) => ({
    name: t.exposeString('name', { description: 'Name as the organisation itself writes it.' }),
    kind: t.expose('kind', { type: OrganisationKind, description: 'What kind of body this is.' }),
    county: t.relation('county', { description: 'The county the organisation belongs to.' }),
    municipality: t.relation('municipality', {
      nullable: true,
      description: 'The municipality it belongs to, if any (county-wide bodies have none).',
    }),
    parent: t.relation('parent', { nullable: true, description: 'The organisation this is a unit of.' }),
    units: t.relation('units', {
      description: 'Units of this organisation, by name.',
      query: { orderBy: { name: 'asc' } },
    }),
  }),
});

interface OrganisationFilter {
  countyCode?: string | null;
  municipalityCode?: string | null;
  kind?: (typeof schema.organisationKind.enumValues)[number] | null;
}

function organisationWhere(args: OrganisationFilter): SQL | undefined {
  const o = schema.organisation;
  return and(
    args.countyCode ? eq(o.countyCode, args.countyCode) : undefined,
    args.municipalityCode ? eq(o.municipalityCode, args.municipalityCode) : undefined,
    args.kind ? eq(o.kind, args.kind) : undefined,
  );
}

builder.queryFields((t) => ({
  organisations: t.drizzleConnection(
    {
      type: 'organisation',
      description:
        'Organisations in Swedish alphabetical order, optionally filtered by county, municipality and kind.',
      authScopes: { signedIn: true },
      args: {
        countyCode: t.arg.string({
          required: false,
          validate: countyCodeSchema,
          description: 'SCB county code.',
        }),
        municipalityCode: t.arg.string({
          required: false,
          validate: municipalityCodeSchema,
          description: 'SCB municipality code.',
        }),
        kind: t.arg({ type: OrganisationKind, required: false, description: 'Only this kind.' }),
      },
      totalCount: (_root, args, ctx) => ctx.db.$count(schema.organisation, organisationWhere(args)),
      resolve: (query, _root, args, ctx) =>
        ctx.db.query.organisation.findMany(
          query({
            where: whereDefined({
              countyCode: args.countyCode ?? undefined,
              municipalityCode: args.municipalityCode ?? undefined,
              kind: args.kind ?? undefined,
            }),
            extras: { sortName: (o) => swedishSortKey(o.name) },
            orderBy: { sortName: 'asc' },
          }),
        ),
    },
    { name: 'OrganisationConnection', description: 'A page of organisations.' },
    { name: 'OrganisationEdge', description: 'An organisation in a page.' },
  ),
}));
