import { describe, expect, it } from 'vitest';
import { buildNetwork, type NetworkModel, nextNode } from './network-model.ts';

const model = buildNetwork(
  {
    organisations: [
      { id: 'o-vaxjo', name: 'Växjö kommun' },
      { id: 'o-region', name: 'Region Kronoberg' },
      { id: 'o-polis', name: 'Polisen' },
      { id: 'o-alone', name: 'Örkelljunga förening' },
    ],
    forums: [
      { id: 'f-trygg', name: 'Trygghetsforum' },
      { id: 'f-andt', name: 'ANDT-gruppen' },
    ],
    links: [
      { organisationId: 'o-vaxjo', forumId: 'f-trygg' },
      { organisationId: 'o-vaxjo', forumId: 'f-andt' },
      { organisationId: 'o-polis', forumId: 'f-trygg' },
      { organisationId: 'o-region', forumId: 'f-andt' },
      // Neither end is in the picture: dropped.
      { organisationId: 'o-elsewhere', forumId: 'f-andt' },
    ],
  },
  'sv-SE',
);

const node = (m: NetworkModel, id: string) => {
  const found = m.byId.get(id);
  if (!found) throw new Error(`no node ${id}`);
  return found;
};
const move = (from: string, key: string) => nextNode(model, node(model, from), key)?.id ?? null;

describe('buildNetwork', () => {
  it('orders both columns alphabetically in Swedish', () => {
    expect(model.organisations.map((n) => n.name)).toEqual([
      'Polisen',
      'Region Kronoberg',
      'Växjö kommun',
      'Örkelljunga förening',
    ]);
    expect(model.forums.map((n) => n.name)).toEqual(['ANDT-gruppen', 'Trygghetsforum']);
  });

  it('knows who is linked to whom, in column order, both ways', () => {
    expect(model.neighbours.get('o-vaxjo')).toEqual(['f-andt', 'f-trygg']);
    expect(model.neighbours.get('f-trygg')).toEqual(['o-polis', 'o-vaxjo']);
    expect(model.neighbours.get('f-andt')).toEqual(['o-region', 'o-vaxjo']);
    expect(model.neighbours.get('o-alone')).toEqual([]);
  });
});

describe('nextNode', () => {
  it('moves up and down a column, stopping at its ends', () => {
    expect(move('o-polis', 'ArrowDown')).toBe('o-region');
    expect(move('o-polis', 'ArrowUp')).toBe('o-polis');
    expect(move('o-alone', 'ArrowDown')).toBe('o-alone');
    expect(move('o-region', 'End')).toBe('o-alone');
    expect(move('o-alone', 'Home')).toBe('o-polis');
  });

  it('crosses to the first linked node in the other column', () => {
    expect(move('o-vaxjo', 'ArrowRight')).toBe('f-andt');
    expect(move('f-trygg', 'ArrowLeft')).toBe('o-polis');
  });

  it('crosses to the nearest node by position when nothing is linked', () => {
    expect(move('o-alone', 'ArrowRight')).toBe('f-trygg');
  });

  it('does not move away from the edge of the picture or on other keys', () => {
    expect(move('o-vaxjo', 'ArrowLeft')).toBeNull();
    expect(move('f-andt', 'ArrowRight')).toBeNull();
    expect(move('f-andt', 'a')).toBeNull();
  });
});
