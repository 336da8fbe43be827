/** The rows of organisations, users, memberships, forums, their members and representatives. */
import type { Forum } from './forums.ts';
import type { Org, OrgPlan } from './organisations.ts';
import { type Row, sumOf, type TableRows } from './sql-writer.ts';

export function organisationTables(
  plan: OrgPlan,
  forums: readonly Forum[],
  passwordHash: string | null,
): TableRows[] {
  const orgId = (i: number) => (plan.orgs[i] as Org).id;
  return [
    {
      table: 'organisation',
      count: () => plan.orgs.length,
      columns: [
        'id',
        'parent_id',
        'name',
        'kind',
        'county_code',
        'municipality_code',
        'created_at',
        'updated_at',
      ],
      *rows(): Iterable<Row> {
        for (const o of plan.orgs) {
          yield [
            o.id,
            o.parentId,
            o.name,
            o.kind,
            o.countyCode,
            o.municipalityCode,
            o.createdAt,
            o.createdAt,
          ];
        }
      },
    },
    {
      table: 'user_account',
      count: () => plan.users.length,
      columns: ['id', 'email', 'display_name', 'job_title', 'password_hash', 'created_at', 'updated_at'],
      *rows(): Iterable<Row> {
        for (const u of plan.users) {
          yield [u.id, u.email, u.displayName, u.jobTitle, passwordHash, u.createdAt, u.createdAt];
        }
      },
    },
    {
      table: 'membership',
      count: () => sumOf(plan.users, (u) => u.memberships.length),
      columns: ['id', 'user_id', 'organisation_id', 'role', 'status', 'created_at', 'updated_at'],
      *rows(): Iterable<Row> {
        for (const u of plan.users) {
          for (const m of u.memberships) {
            yield [m.id, u.id, orgId(m.orgIndex), m.role, 'active', u.createdAt, u.createdAt];
          }
        }
      },
    },
    {
      table: 'forum',
      count: () => forums.length,
      columns: [
        'id',
        'name',
        'purpose',
        'themes',
        'level',
        'county_code',
        'municipality_code',
        'host_organisation_id',
        'meetings_per_year',
        'status',
        'merged_into_id',
        'created_at',
        'updated_at',
      ],
      *rows(): Iterable<Row> {
        for (const f of forums) {
          yield [
            f.id,
            f.name,
            f.purpose,
            f.themes,
            f.level,
            f.countyCode,
            f.municipalityCode,
            orgId(f.members[0] as number),
            f.meetingsPerYear,
            f.status,
            f.mergedIntoIndex === null ? null : (forums[f.mergedIntoIndex]?.id ?? null),
            f.createdAt,
            f.updatedAt,
          ];
        }
      },
    },
    {
      table: 'forum_member',
      count: () => sumOf(forums, (f) => f.members.length),
      columns: ['forum_id', 'organisation_id', 'joined_at'],
      *rows(): Iterable<Row> {
        for (const f of forums) for (const i of f.members) yield [f.id, orgId(i), f.createdAt];
      },
    },
    {
      table: 'forum_representative',
      count: () => sumOf(forums, (f) => f.representatives.length),
      columns: ['forum_id', 'organisation_id', 'user_id', 'deputy'],
      *rows(): Iterable<Row> {
        for (const f of forums) {
          for (const [i, u] of f.representatives) yield [f.id, orgId(i), plan.users[u]?.id ?? null, false];
        }
      },
    },
  ];
}
