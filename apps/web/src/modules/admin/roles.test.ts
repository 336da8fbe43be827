import { describe, expect, it } from 'vitest';
import { auditActionKey, grantableRoles, isKnownAuditAction } from './roles.ts';

describe('grantableRoles', () => {
  it('gives county boards overseers', () => {
    expect(grantableRoles('COUNTY_BOARD')).toEqual(['ADMIN', 'COORDINATOR', 'MEMBER', 'OVERSEER']);
  });

  it('gives associations partners and admins only', () => {
    expect(grantableRoles('CIVIL_SOCIETY')).toEqual(['ADMIN', 'PARTNER']);
  });

  it('gives agencies admins, coordinators and members', () => {
    for (const kind of [
      'MUNICIPALITY',
      'REGION',
      'POLICE',
      'EMPLOYMENT_SERVICE',
      'SCHOOL',
      'OTHER',
    ] as const) {
      expect(grantableRoles(kind)).toEqual(['ADMIN', 'COORDINATOR', 'MEMBER']);
    }
  });
});

describe('audit actions', () => {
  it('knows the actions the API writes, and not others', () => {
    expect(isKnownAuditAction('membership.role_changed')).toBe(true);
    expect(isKnownAuditAction('case.read')).toBe(false);
  });

  it('turns an action into an i18n key without dots', () => {
    expect(auditActionKey('membership.role_changed')).toBe('membership_role_changed');
  });
});
