import { z } from 'zod';
import { builder } from '../../schema/builder.ts';

export const County = builder.drizzleObject('county', {
  name: 'County',
  description: 'A Swedish county (län), identified by its SCB code.',
  fields: (t) => ({
    code: t.exposeString('code', {
      description: 'SCB county code, two digits, e.g. "07" for Kronobergs län.',
    }),
    name: t.exposeString('name', { description: 'Official name, e.g. "Kronobergs län".' }),
    shortName: t.exposeString('shortName', { description: 'Short name, e.g. "Kronoberg".' }),
  }),
});

export const Municipality = builder.drizzleObject('municipality', {
  name: 'Municipality',
  description: 'A Swedish municipality (kommun), identified by its SCB code.',
  fields: (t) => ({
    code: t.exposeString('code', {
      description: 'SCB municipality code, four digits, e.g. "0780" for Växjö.',
    }),
    name: t.exposeString('name', { description: 'Short name, e.g. "Växjö".' }),
    county: t.relation('county', { description: 'The county the municipality lies in.' }),
  }),
});

export const countyCodeSchema = z.string().regex(/^\d{2}$/, { message: 'countyCodeFormat' });
export const municipalityCodeSchema = z.string().regex(/^\d{4}$/, { message: 'municipalityCodeFormat' });

builder.queryFields((t) => ({
  counties: t.drizzleField({
    type: ['county'],
    description: 'All 21 Swedish counties, in SCB code order. Public reference data.',
    authScopes: { public: true },
    resolve: (query, _root, _args, ctx) => ctx.db.query.county.findMany(query({ orderBy: { code: 'asc' } })),
  }),
  municipalities: t.drizzleField({
    type: ['municipality'],
    description:
      'Swedish municipalities in SCB code order, optionally those of one county. Public reference data (the activity catalogue filters by them).',
    authScopes: { public: true },
    args: {
      countyCode: t.arg.string({
        required: false,
        description: 'Only municipalities in this county (SCB code).',
        validate: countyCodeSchema,
      }),
    },
    resolve: (query, _root, args, ctx) =>
      ctx.db.query.municipality.findMany(
        query({
          where: args.countyCode ? { countyCode: args.countyCode } : undefined,
          orderBy: { code: 'asc' },
        }),
      ),
  }),
}));
