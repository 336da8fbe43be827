import { useTranslation } from 'react-i18next';
import { formatDate } from '../../ui/datetime.ts';
import { type AccessFacts, type AccessReason, accessReasons, CASE_SCOPES } from './access-reasons.ts';

/**
 * Says plainly what the viewer's organisation may see of the case now, part by part, and why:
 * it leads; an anonymous consultation shares notes and plan; a consent names it; a disclosure
 * was made to it; or nothing covers it.
 */
export function AccessBanner({
  facts,
  organisation,
}: {
  facts: AccessFacts;
  organisation: { id: string; name: string } | null | undefined;
}) {
  const { t, i18n } = useTranslation();
  const reasons = accessReasons(facts, organisation?.id, new Date());
  const until = (validUntil: string | null) =>
    validUntil
      ? t('caseAccess.until', { date: formatDate(validUntil, i18n.language) })
      : t('caseAccess.untilFurtherNotice');
  const describe = (reason: AccessReason): string => {
    switch (reason.kind) {
      case 'lead':
        return t('caseAccess.reasons.lead');
      case 'consultation':
        return t('caseAccess.reasons.consultation');
      case 'noIdentity':
        return t('caseAccess.reasons.noIdentity');
      case 'consent':
        return t('caseAccess.reasons.consent', {
          giver: t(`enums.ConsentGivenBy.${reason.givenBy}`).toLocaleLowerCase(),
          until: until(reason.validUntil),
        });
      case 'disclosure':
        return t('caseAccess.reasons.disclosure', {
          basis: reason.basisName,
          law: reason.lawReference,
          until: until(reason.validUntil),
        });
      case 'other':
        return t('caseAccess.reasons.other');
      case 'none':
        return t('caseAccess.reasons.none');
    }
  };
  const everything = facts.access.lead;
  const nothing = CASE_SCOPES.every((scope) => !reasons[scope].allowed);

  return (
    <section
      aria-labelledby="case-access-heading"
      className={nothing ? 'access-banner access-banner--none' : 'access-banner'}
      data-testid="access-banner"
    >
      <h2 id="case-access-heading" className="access-banner__title">
        {t('caseAccess.heading', { organisation: organisation?.name ?? t('caseAccess.yourOrganisation') })}
      </h2>
      {everything ? (
        <p>{t('caseAccess.lead')}</p>
      ) : (
        <ul className="access-banner__list">
          {CASE_SCOPES.map((scope) => {
            const { allowed, reasons: why } = reasons[scope];
            return (
              <li key={scope}>
                <strong>
                  {t(`sharing.scopes.${scope}`)}: {allowed ? t('caseAccess.yes') : t('caseAccess.no')}
                </strong>
                {' – '}
                {why.map(describe).join(' ')}
              </li>
            );
          })}
        </ul>
      )}
      {!everything && <p className="access-banner__hint">{t('caseAccess.hint')}</p>}
    </section>
  );
}
