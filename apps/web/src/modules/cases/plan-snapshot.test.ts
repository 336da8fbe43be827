import { describe, expect, it } from 'vitest';
import { databaseIdOf, organisationNames, parsePlanSnapshot } from './plan-snapshot.ts';

const POLICE = 'T3JnYW5pc2F0aW9uOjAwMDAwMDAwLTAwMDAtNDAwMC04MDAwLTAwMDAwMDAwMDEwZA';

describe('databaseIdOf', () => {
  it('takes the id after the type name', () => {
    expect(databaseIdOf(POLICE)).toBe('00000000-0000-4000-8000-00000000010d');
  });

  it('gives back what is not base64 as it is', () => {
    expect(databaseIdOf('not base64!')).toBe('not base64!');
  });
});

describe('parsePlanSnapshot', () => {
  it('reads a version with actions (statuses as the database writes them)', () => {
    const snapshot = parsePlanSnapshot(
      JSON.stringify({
        needs: 'Stöd i skolan',
        goals: 'Närvaro',
        goalsInOwnWords: 'Klara nian',
        followUpOn: '2026-12-15',
        overallResponsibleOrganisationId: '00000000-0000-4000-8000-00000000010d',
        actions: [{ organisationId: 'x', description: 'Samtal', dueOn: null, status: 'in_progress' }],
      }),
    );
    expect(snapshot?.actions).toEqual([
      { organisationId: 'x', description: 'Samtal', dueOn: null, status: 'IN_PROGRESS' },
    ]);
    // An early version names the organisation by database id; later ones by GraphQL id.
    const names = organisationNames([{ id: POLICE, name: 'Polisen' }]);
    expect(names.get(snapshot?.overallResponsibleOrganisationId ?? '')).toBe('Polisen');
    expect(names.get(POLICE)).toBe('Polisen');
  });

  it('reads an early version without actions, and refuses what is not JSON', () => {
    expect(parsePlanSnapshot('{"needs":"Stöd"}')).toMatchObject({ needs: 'Stöd', goals: '', actions: [] });
    expect(parsePlanSnapshot('not json')).toBeNull();
  });
});
