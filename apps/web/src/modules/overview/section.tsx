import { type ReactNode, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type CsvTable, csvFileName, downloadCsv } from './csv.ts';
import { printSection } from './print.ts';

/** Whose figures and which period: in every printout and every file name. */
export interface OverviewScope {
  /** "Kronobergs län" or the organisation's name. */
  name: string;
  /** What file names carry: the county code, or the organisation's name. */
  fileScope: string;
  from: string;
  to: string;
  /** "3 dec. 2025 – 2 dec. 2026". */
  periodText: string;
}

/** One part of the overview, with a print button that prints only this part. */
export function OverviewSection({
  id,
  title,
  scope,
  intro,
  children,
}: {
  id: string;
  title: string;
  scope: OverviewScope;
  intro?: ReactNode;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <section className="overview-section" id={id} aria-labelledby={`${id}-heading`}>
      <div className="section__header">
        <h2 id={`${id}-heading`}>{title}</h2>
        <button
          type="button"
          className="button button--small overview-tool"
          onClick={(event) => printSection(event.currentTarget.closest('.overview-section'))}
        >
          {t('overview.print')}
          <span className="visually-hidden"> {t('overview.printWhat', { what: title })}</span>
        </button>
      </div>
      <p className="overview-print-scope">
        {t('overview.printScope', { scope: scope.name, period: scope.periodText })}
      </p>
      {intro && <div className="overview-section__intro">{intro}</div>}
      {children}
    </section>
  );
}

/** "Ladda ner CSV": the table as a file a Swedish spreadsheet opens, named for what, whose and when. */
export function CsvButton({
  what,
  table,
  name,
  scope,
  showWhat = false,
}: {
  /** Said after the button's text: which table. Only for screen readers unless `showWhat`. */
  what: string;
  /** Shows which table on the button too, where a section has more than one to download. */
  showWhat?: boolean;
  /** The file name's first part, e.g. "forumbelastning". */
  name: string;
  scope: OverviewScope;
  table: () => CsvTable;
}) {
  const { t } = useTranslation();
  return (
    <button
      type="button"
      className="button button--small overview-tool"
      onClick={() => downloadCsv(csvFileName(name, scope.fileScope, scope.from, scope.to), table())}
    >
      {t('overview.downloadCsv')}
      <span className={showWhat ? undefined : 'visually-hidden'}> {t('overview.printWhat', { what })}</span>
    </button>
  );
}

/**
 * A table that scrolls sideways on its own on a narrow screen. The scrolling region is focusable
 * so it can be scrolled from the keyboard, and named by the table's caption.
 */
export function ScrollTable({
  captionId,
  caption,
  tools,
  className,
  children,
}: {
  captionId: string;
  caption: string;
  /** Buttons for this table (its CSV download), above it. */
  tools?: ReactNode;
  className?: string;
  children: ReactNode;
}) {
  return (
    <div className="overview-table">
      {tools && <div className="overview-table__tools">{tools}</div>}
      {/* biome-ignore lint/a11y/noNoninteractiveTabindex: a scrollable region must be reachable by keyboard to scroll */}
      <section className="table-scroll" aria-labelledby={captionId} tabIndex={0}>
        <table className={className ? `data-table ${className}` : 'data-table'}>
          <caption id={captionId} className="overview-caption">
            {caption}
          </caption>
          {children}
        </table>
      </section>
    </div>
  );
}

/** Flagged: an icon and the word, so it never rests on colour alone. */
export function FlagBadge({ label }: { label: string }) {
  return (
    <span className="badge badge--warning overview-flag">
      <svg aria-hidden="true" focusable="false" viewBox="0 0 16 16" width="14" height="14">
        <path d="M3 1.5v13M3 2.5h9l-2 3 2 3H3" fill="currentColor" stroke="currentColor" strokeWidth="1.5" />
      </svg>
      {label}
    </span>
  );
}

/**
 * What a change in a section did, said where it happened: in a live region at the top of the
 * section, and focused, since the button that did it may be gone once the figures are fetched again.
 */
export function useSectionNotice() {
  const [notice, setNotice] = useState<string | null>(null);
  const ref = useRef<HTMLParagraphElement>(null);
  useEffect(() => {
    if (notice) ref.current?.focus();
  }, [notice]);
  const element = (
    <div role="status">
      {notice && (
        <p ref={ref} tabIndex={-1} className="notice notice--ok">
          {notice}
        </p>
      )}
    </div>
  );
  return [element, setNotice] as const;
}
