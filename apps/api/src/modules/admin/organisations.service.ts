import { schema } from '@samlad/db';
import { and, eq, sql } from 'drizzle-orm';
import type { Context } from '../../context.ts';
import { audit } from '../audit/audit.service.ts';
import { ConflictError, InvalidInputError, NotAllowedError } from '../common/user-errors.ts';
import { checkPlace } from '../reference/place.service.ts';
import { assertCanAdminister, checkName } from './members.service.ts';

type OrganisationKind = (typeof schema.organisationKind.enumValues)[number];

async function assertUniqueName(ctx: Context, parentId: string | null, name: string, exceptId?: string) {
  const o = schema.organisation;
  const [clash] = await ctx.db
    .select({ id: o.id })
    .from(o)
    .where(
      and(
        parentId ? eq(o.parentId, parentId) : sql`${o.parentId} is null`,
        sql`lower(${o.name}) = ${name.toLowerCase()}`,
        exceptId ? sql`${o.id} <> ${exceptId}` : undefined,
      ),
    )
    .limit(1);
  if (clash) throw new ConflictError(ctx, 'unitExists', { name }, 'name');
}

/** A unit (e.g. a department) under an organisation; it inherits kind, county and municipality. */
export async function createUnit(ctx: Context, parentId: string, rawName: string) {
  await assertCanAdminister(ctx, parentId);
  const name = checkName(ctx, rawName, 'name');
  const [parent] = await ctx.db
    .select()
    .from(schema.organisation)
    .where(eq(schema.organisation.id, parentId));
  if (!parent) throw new InvalidInputError(ctx, 'notFound', { what: 'organisation' }, 'parentId');
  await assertUniqueName(ctx, parentId, name);
  const [unit] = await ctx.db
    .insert(schema.organisation)
    .values({
      parentId,
      name,
      kind: parent.kind,
      countyCode: parent.countyCode,
      municipalityCode: parent.municipalityCode,
    })
    .returning();
  if (!unit) throw new Error('unit insert returned nothing');
  await audit(ctx, {
    action: 'organisation.unit_created',
    recordType: 'organisation',
    recordId: unit.id,
    details: { parentId, name },
  });
  return unit;
}

export async function renameOrganisation(ctx: Context, organisationId: string, rawName: string) {
  await assertCanAdminister(ctx, organisationId);
  const name = checkName(ctx, rawName, 'name');
  const [current] = await ctx.db
    .select()
    .from(schema.organisation)
    .where(eq(schema.organisation.id, organisationId));
  if (!current) throw new InvalidInputError(ctx, 'notFound', { what: 'organisation' }, 'organisationId');
  await assertUniqueName(ctx, current.parentId, name, organisationId);
  const [renamed] = await ctx.db
    .update(schema.organisation)
    .set({ name, updatedAt: ctx.now })
    .where(eq(schema.organisation.id, organisationId))
    .returning();
  await audit(ctx, {
    action: 'organisation.renamed',
    recordType: 'organisation',
    recordId: organisationId,
    details: { from: current.name, to: name },
  });
  return renamed ?? current;
}

export interface NewOrganisation {
  name: string;
  kind: OrganisationKind;
  countyCode: string;
  municipalityCode?: string | null;
}

/** A new top-level organisation (an agency or association joining Samlad). Platform admins only. */
export async function createOrganisation(ctx: Context, input: NewOrganisation) {
  if (!ctx.viewer?.isPlatformAdmin) throw new NotAllowedError(ctx, 'forbidden');
  const name = checkName(ctx, input.name, 'name');
  await checkPlace(ctx, input.countyCode, input.municipalityCode);
  await assertUniqueName(ctx, null, name);
  const [created] = await ctx.db
    .insert(schema.organisation)
    .values({
      name,
      kind: input.kind,
      countyCode: input.countyCode,
      municipalityCode: input.municipalityCode ?? null,
    })
    .returning();
  if (!created) throw new Error('organisation insert returned nothing');
  await audit(ctx, {
    action: 'organisation.created',
    recordType: 'organisation',
    recordId: created.id,
    details: { name, kind: input.kind },
  });
  return created;
}
