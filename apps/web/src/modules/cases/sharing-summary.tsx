import { useTranslation } from 'react-i18next';
import { formatCalendarDate } from '../../ui/datetime.ts';
import { CASE_SCOPES, type CaseScope, type ConsentGivenBy } from './access-reasons.ts';

export type SharingGround =
  | { kind: 'consent'; givenBy: ConsentGivenBy | ''; lawReference: string | undefined }
  | { kind: 'basis'; name: string | undefined; lawReference: string | undefined; reason: string };

/**
 * Says plainly, before anything is shared, what will be shared, with whom, on what ground and for
 * how long. It sits just above the button that confirms, and is read out as it changes.
 */
export function SharingSummary({
  scopes,
  organisations,
  ground,
  validFrom,
  validUntil,
  id,
}: {
  scopes: ReadonlySet<CaseScope>;
  organisations: readonly string[];
  ground: SharingGround;
  /** `YYYY-MM-DD`, or empty for "from now". */
  validFrom: string;
  /** `YYYY-MM-DD` (inclusive), or empty for "until further notice". */
  validUntil: string;
  id: string;
}) {
  const { t, i18n } = useTranslation();
  const chosenScopes = CASE_SCOPES.filter((scope) => scopes.has(scope));
  const missing = <span className="sharing-summary__missing">{t('sharing.notChosen')}</span>;
  const from = validFrom ? formatCalendarDate(validFrom, i18n.language) : t('sharing.now');
  let how: string;
  if (ground.kind === 'consent') {
    how = ground.givenBy
      ? t('sharing.consentBy', { giver: t(`enums.ConsentGivenBy.${ground.givenBy}`).toLocaleLowerCase() })
      : t('sharing.consent');
  } else how = ground.name ?? '';

  return (
    <section className="sharing-summary" aria-labelledby={`${id}-title`} aria-live="polite">
      <h3 id={`${id}-title`} className="sharing-summary__title">
        {t('sharing.title')}
      </h3>
      <dl className="sharing-summary__facts">
        <div>
          <dt>{t('sharing.what')}</dt>
          <dd>
            {chosenScopes.length > 0
              ? chosenScopes.map((scope) => t(`sharing.scopes.${scope}`)).join(', ')
              : missing}
          </dd>
        </div>
        <div>
          <dt>{t('sharing.withWhom')}</dt>
          <dd>{organisations.length > 0 ? organisations.join(', ') : missing}</dd>
        </div>
        <div>
          <dt>{t('sharing.ground')}</dt>
          <dd>
            {how ? (
              <>
                {how}
                {ground.lawReference && ` (${ground.lawReference})`}
                {ground.kind === 'basis' && ground.reason.trim() && (
                  <span className="sharing-summary__reason">
                    {t('sharing.reason', { reason: ground.reason.trim() })}
                  </span>
                )}
              </>
            ) : (
              missing
            )}
          </dd>
        </div>
        <div>
          <dt>{t('sharing.howLong')}</dt>
          <dd>
            {validUntil
              ? t('sharing.fromUntil', { from, until: formatCalendarDate(validUntil, i18n.language) })
              : t('sharing.fromOn', { from })}
          </dd>
        </div>
      </dl>
    </section>
  );
}
