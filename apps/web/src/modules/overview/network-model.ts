/** The two columns of the network picture: organisations on one side, forums on the other. */
export type Column = 'organisation' | 'forum';

export interface NetworkNode {
  id: string;
  name: string;
  column: Column;
  /** Its place in its column, from the top. */
  index: number;
}

export interface NetworkModel {
  organisations: NetworkNode[];
  forums: NetworkNode[];
  /** For each node, the ids of the nodes it is linked to in the other column, in their column's order. */
  neighbours: Map<string, string[]>;
  byId: Map<string, NetworkNode>;
}

export interface NetworkInput {
  organisations: readonly { id: string; name: string }[];
  forums: readonly { id: string; name: string }[];
  links: readonly { organisationId: string; forumId: string }[];
}

/** Both columns in the language's alphabetical order, and who is linked to whom. Links to unknown nodes are dropped. */
export function buildNetwork(input: NetworkInput, locale: string): NetworkModel {
  const collator = new Intl.Collator(locale);
  const column = (items: readonly { id: string; name: string }[], kind: Column) =>
    [...items]
      .sort((a, b) => collator.compare(a.name, b.name))
      .map((item, index) => ({ id: item.id, name: item.name, column: kind, index }));
  const organisations = column(input.organisations, 'organisation');
  const forums = column(input.forums, 'forum');
  const byId = new Map<string, NetworkNode>([...organisations, ...forums].map((node) => [node.id, node]));
  const sets = new Map<string, Set<string>>();
  const add = (from: string, to: string) => {
    let set = sets.get(from);
    if (!set) {
      set = new Set();
      sets.set(from, set);
    }
    set.add(to);
  };
  for (const link of input.links) {
    const organisation = byId.get(link.organisationId);
    const forum = byId.get(link.forumId);
    if (organisation?.column !== 'organisation' || forum?.column !== 'forum') continue;
    add(organisation.id, forum.id);
    add(forum.id, organisation.id);
  }
  const neighbours = new Map<string, string[]>();
  for (const node of byId.values()) {
    const ids = [...(sets.get(node.id) ?? [])];
    ids.sort((a, b) => (byId.get(a)?.index ?? 0) - (byId.get(b)?.index ?? 0));
    neighbours.set(node.id, ids);
  }
  return { organisations, forums, neighbours, byId };
}

/**
 * Where a key moves the focus in the picture (a roving tab stop: one node is in the tab order).
 * Up and down move within a column, Home and End to its ends; left and right cross to the other
 * column, to the first node linked to this one, or the nearest by position when none is.
 */
export function nextNode(model: NetworkModel, current: NetworkNode, key: string): NetworkNode | null {
  const own = current.column === 'organisation' ? model.organisations : model.forums;
  const other = current.column === 'organisation' ? model.forums : model.organisations;
  switch (key) {
    case 'ArrowDown':
      return own[Math.min(current.index + 1, own.length - 1)] ?? null;
    case 'ArrowUp':
      return own[Math.max(current.index - 1, 0)] ?? null;
    case 'Home':
      return own[0] ?? null;
    case 'End':
      return own.at(-1) ?? null;
    case 'ArrowRight':
    case 'ArrowLeft': {
      const towardsOther =
        (key === 'ArrowRight' && current.column === 'organisation') ||
        (key === 'ArrowLeft' && current.column === 'forum');
      if (!towardsOther || other.length === 0) return null;
      const linked = model.neighbours.get(current.id)?.[0];
      if (linked) return model.byId.get(linked) ?? null;
      const relative = own.length > 1 ? current.index / (own.length - 1) : 0;
      return other[Math.round(relative * (other.length - 1))] ?? null;
    }
    default:
      return null;
  }
}
