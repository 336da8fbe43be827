import { useTranslation } from 'react-i18next';
import type { EnumValue } from '../../graphql.ts';
import { Badge } from '../../ui/badge.tsx';
import { formatCalendarDate, todayInZone } from '../../ui/datetime.ts';

export type CaseStatus = EnumValue<'CaseStatus'>;
export type CaseSubjectKind = EnumValue<'CaseSubjectKind'>;

export const CASE_STATUSES: readonly CaseStatus[] = ['OPEN', 'ACTIVE', 'FOLLOW_UP', 'CLOSED'];

/** Whether a follow-up or due date (`YYYY-MM-DD`) has passed, by the Stockholm calendar. */
export function isPast(isoDate: string | null | undefined, now = new Date()): boolean {
  return !!isoDate && isoDate < todayInZone(now);
}

/** A case's next follow-up: the date, marked when it has passed (a closed case has none due). */
export function FollowUpDate({ date, status }: { date: string | null; status: CaseStatus }) {
  const { t, i18n } = useTranslation();
  if (!date) return <span className="muted">{t('cases.noFollowUp')}</span>;
  return (
    <>
      <time dateTime={date}>{formatCalendarDate(date, i18n.language)}</time>
      {status !== 'CLOSED' && isPast(date) && (
        <>
          {' '}
          <Badge tone="warning">{t('cases.overdue')}</Badge>
        </>
      )}
    </>
  );
}

/** The words for "Identifierat", "Anonym konsultation", or for a place or a topic, "Inga personuppgifter". */
export function identificationKey(sharedCase: {
  identified: boolean;
  subjectKind: CaseSubjectKind;
}): 'cases.identified' | 'cases.noPersonalData' | 'cases.anonymous' {
  if (sharedCase.identified) return 'cases.identified';
  if (sharedCase.subjectKind === 'PLACE' || sharedCase.subjectKind === 'TOPIC') return 'cases.noPersonalData';
  return 'cases.anonymous';
}
