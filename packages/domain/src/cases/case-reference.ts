/**
 * A case reference: a three-letter prefix from the lead organisation's place, the year and a
 * running number, e.g. VXJ-2026-0042. The prefix is the place's first letter and the next two
 * consonants (Växjö → VXJ, Karlstad → KRL, Lund → LND), padded with X.
 */
export function casePrefix(placeName: string): string {
  const letters = placeName
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toUpperCase()
    .replace(/[^A-Z]/g, '');
  const [first = 'X', ...rest] = letters;
  const consonants = rest.filter((c) => !'AEIOUY'.includes(c));
  return `${first}${consonants.join('')}XX`.slice(0, 3);
}

export function formatCaseReference(prefix: string, year: number, number: number): string {
  return `${prefix}-${year}-${String(number).padStart(4, '0')}`;
}

/** Whether text looks like a case reference (PREFIX-YYYY-NNNN), ignoring case and spaces. */
export function isCaseReference(text: string): boolean {
  return /^[A-Z]{3}-\d{4}-\d{4,}$/.test(text.trim().toUpperCase());
}
