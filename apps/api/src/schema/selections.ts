import type { SelectionSetNode } from 'graphql';

/**
 * The names of the fields the selection sets ask for at their own level, through inline
 * fragments and fragment spreads (each fragment once; directives aside). `fragment` finds a
 * spread's fragment by name.
 */
export function selectedFieldNames(
  sets: Iterable<SelectionSetNode | undefined>,
  fragment: (name: string) => SelectionSetNode | undefined,
): Set<string> {
  const names = new Set<string>();
  const seen = new Set<string>();
  const visit = (set: SelectionSetNode | undefined) => {
    for (const selection of set?.selections ?? []) {
      if (selection.kind === 'Field') {
        names.add(selection.name.value);
      } else if (selection.kind === 'InlineFragment') {
        visit(selection.selectionSet);
      } else if (!seen.has(selection.name.value)) {
        seen.add(selection.name.value);
        visit(fragment(selection.name.value));
      }
    }
  };
  for (const set of sets) visit(set);
  return names;
}
