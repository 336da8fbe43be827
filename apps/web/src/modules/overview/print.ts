const PRINTING = 'overview-printing';
const TARGET = 'overview-print-target';

/**
 * Prints one section of the overview: the print style sheet (overview.css) hides everything on the
 * page but the marked section while the body carries the class. The marks go when printing ends.
 */
export function printSection(section: Element | null): void {
  if (!section) return;
  document.body.classList.add(PRINTING);
  section.classList.add(TARGET);
  const done = () => {
    document.body.classList.remove(PRINTING);
    section.classList.remove(TARGET);
  };
  window.addEventListener('afterprint', done, { once: true });
  window.print();
}
