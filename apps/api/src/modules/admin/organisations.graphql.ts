import { atomically, mustFind } from '../../db-session.ts';
import { builder } from '../../schema/builder.ts';
import { parseId } from '../../schema/global-id.ts';
import { COMMON_ERRORS } from '../common/user-errors.graphql.ts';
import { OrganisationKind } from '../organisations/organisation.graphql.ts';
import { countyCodeSchema, municipalityCodeSchema } from '../reference/reference.graphql.ts';
import { createOrganisation, createUnit, renameOrganisation } from './organisations.service.ts';

const CreateOrganisationInput = builder.inputType('CreateOrganisationInput', {
  description: 'An agency or association joining Samlad.',
  fields: (t) => ({
    name: t.string({ required: true, description: 'Its name.' }),
    kind: t.field({ type: OrganisationKind, required: true, description: 'What kind of body it is.' }),
    countyCode: t.string({ required: true, validate: countyCodeSchema, description: 'SCB county code.' }),
    municipalityCode: t.string({
      required: false,
      validate: municipalityCodeSchema,
      description: 'SCB municipality code, for municipal and local bodies.',
    }),
  }),
});

const mutationErrors = (name: string, verb: string) => ({
  types: COMMON_ERRORS,
  result: { name: `${name}Success`, description: `${verb}.` },
  union: { name: `${name}Result`, description: `${verb}, or why not.` },
  dataField: { name: 'organisation', description: 'The organisation.' },
});

builder.mutationFields((t) => ({
  createOrganisationUnit: t.drizzleField({
    type: 'organisation',
    description: 'Adds a unit (e.g. a department) under an organisation. Its admins and platform admins.',
    authScopes: { signedIn: true },
    args: {
      parentId: t.arg.id({ required: true, description: 'The organisation the unit belongs to.' }),
      name: t.arg.string({ required: true, description: 'The unit’s name.' }),
    },
    errors: mutationErrors('CreateOrganisationUnit', 'Created'),
    resolve: (query, _root, args, ctx) =>
      atomically(ctx, async () => {
        const unit = await createUnit(
          ctx,
          parseId(ctx, args.parentId, 'Organisation', 'parentId'),
          args.name,
        );
        return mustFind(ctx.db.query.organisation.findFirst(query({ where: { id: unit.id } })), 'unit');
      }),
  }),
  renameOrganisation: t.drizzleField({
    type: 'organisation',
    description: 'Renames an organisation or unit. Its admins and platform admins.',
    authScopes: { signedIn: true },
    args: {
      organisationId: t.arg.id({ required: true, description: 'The organisation.' }),
      name: t.arg.string({ required: true, description: 'The new name.' }),
    },
    errors: mutationErrors('RenameOrganisation', 'Renamed'),
    resolve: (query, _root, args, ctx) =>
      atomically(ctx, async () => {
        const id = parseId(ctx, args.organisationId, 'Organisation', 'organisationId');
        await renameOrganisation(ctx, id, args.name);
        return mustFind(ctx.db.query.organisation.findFirst(query({ where: { id } })), 'organisation');
      }),
  }),
  createOrganisation: t.drizzleField({
    type: 'organisation',
    description: 'Adds a new top-level organisation. Platform admins only.',
    authScopes: { signedIn: true },
    args: {
      input: t.arg({ type: CreateOrganisationInput, required: true, description: 'The organisation.' }),
    },
    errors: mutationErrors('CreateOrganisation', 'Created'),
    resolve: (query, _root, { input }, ctx) =>
      atomically(ctx, async () => {
        const created = await createOrganisation(ctx, input);
        return mustFind(
          ctx.db.query.organisation.findFirst(query({ where: { id: created.id } })),
          'organisation',
        );
      }),
  }),
}));
