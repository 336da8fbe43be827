import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type FragmentOf, graphql, readFragment } from '../../graphql.ts';
import { CaseSubjectForm } from './case-subject-form.tsx';
import { emptySubject, type SubjectDraft } from './subject-fields.tsx';

export const CaseIdentityFragment = graphql(`
  fragment CaseIdentity on SharedCase {
    id
    status
    identified
    protectedIdentity
    subjectKind
    consents {
      id
      state
    }
    access {
      identity
      lead
    }
    identificationBasis {
      code
      name
      lawReference
    }
    subject {
      fullName
      personalIdentityNumber
      age
      phone
      email
      address
      municipalityOfResidence {
        code
        name
      }
      protectedIdentity
    }
    guardians {
      fullName
      personalIdentityNumber
      phone
      email
    }
  }
`);

/**
 * Who the case is about, when the viewer's organisation may see it; otherwise a plain statement
 * of why not. A person with protected personal data is shown as such, with no address anywhere.
 */
export function CaseIdentity({
  data,
  onChanged,
}: {
  data: FragmentOf<typeof CaseIdentityFragment>;
  onChanged: (notice: string) => void;
}) {
  const { t } = useTranslation();
  const sharedCase = readFragment(CaseIdentityFragment, data);
  const { subject, guardians } = sharedCase;
  const [editing, setEditing] = useState(false);
  const personal = sharedCase.subjectKind === 'PERSON' || sharedCase.subjectKind === 'FAMILY';
  const mayEdit = sharedCase.access.lead && personal && sharedCase.status !== 'CLOSED';

  let body: ReactNode;
  if (sharedCase.subjectKind === 'PLACE' || sharedCase.subjectKind === 'TOPIC') {
    body = <p>{t('caseIdentity.noPersonalData')}</p>;
  } else if (!sharedCase.identified) {
    body = <p className="identity-missing">{t('caseIdentity.anonymous')}</p>;
  } else if (!subject) {
    body = <p className="identity-missing">{t('caseIdentity.notAllowed')}</p>;
  } else {
    body = (
      <>
        {subject.protectedIdentity && (
          <p className="notice notice--warning" role="note">
            <strong>{t('caseIdentity.protectedTitle')}</strong> {t('caseIdentity.protected')}
          </p>
        )}
        <dl className="facts">
          <div>
            <dt>{t('caseSubject.fullName')}</dt>
            <dd data-testid="subject-name">{subject.fullName}</dd>
          </div>
          {subject.personalIdentityNumber && (
            <div>
              <dt>{t('caseSubject.personalIdentityNumber')}</dt>
              <dd>
                {subject.personalIdentityNumber}
                {subject.age !== null && ` (${t('caseIdentity.age', { age: subject.age })})`}
              </dd>
            </div>
          )}
          {subject.phone && (
            <div>
              <dt>{t('caseSubject.phone')}</dt>
              <dd>{subject.phone}</dd>
            </div>
          )}
          {subject.email && (
            <div>
              <dt>{t('caseSubject.email')}</dt>
              <dd>{subject.email}</dd>
            </div>
          )}
          {!subject.protectedIdentity && subject.address && (
            <div>
              <dt>{t('caseSubject.address')}</dt>
              <dd>{subject.address}</dd>
            </div>
          )}
          {!subject.protectedIdentity && subject.municipalityOfResidence && (
            <div>
              <dt>{t('caseSubject.municipality')}</dt>
              <dd>{subject.municipalityOfResidence.name}</dd>
            </div>
          )}
        </dl>
        {guardians.length > 0 && (
          <>
            <h3>{t('caseSubject.guardians')}</h3>
            <ul className="guardian-list">
              {guardians.map((guardian, index) => (
                // Guardians have no id of their own; their order is their place.
                // biome-ignore lint/suspicious/noArrayIndexKey: the list is replaced whole, never reordered
                <li key={index}>
                  <strong>{guardian.fullName}</strong>
                  {guardian.personalIdentityNumber && `, ${guardian.personalIdentityNumber}`}
                  {guardian.phone && `, ${guardian.phone}`}
                  {guardian.email && `, ${guardian.email}`}
                </li>
              ))}
            </ul>
          </>
        )}
        {sharedCase.access.lead && sharedCase.identificationBasis && (
          <p className="muted">
            {t('caseIdentity.heldOnBasis', {
              basis: sharedCase.identificationBasis.name,
              law: sharedCase.identificationBasis.lawReference,
            })}
          </p>
        )}
      </>
    );
  }

  const initial: SubjectDraft = subject
    ? {
        fullName: subject.fullName,
        personalIdentityNumber: subject.personalIdentityNumber ?? '',
        phone: subject.phone ?? '',
        email: subject.email ?? '',
        address: subject.address ?? '',
        municipalityCode: subject.municipalityOfResidence?.code ?? '',
        protectedIdentity: subject.protectedIdentity,
        guardians: guardians.map((guardian, index) => ({
          key: index + 1,
          fullName: guardian.fullName,
          personalIdentityNumber: guardian.personalIdentityNumber ?? '',
          phone: guardian.phone ?? '',
          email: guardian.email ?? '',
        })),
      }
    : emptySubject;

  return (
    <section aria-labelledby="case-identity-heading" className="section case-section">
      <h2 id="case-identity-heading">{t('caseIdentity.heading')}</h2>
      {body}
      {mayEdit &&
        (editing ? (
          <CaseSubjectForm
            caseId={sharedCase.id}
            initial={initial}
            needsBasis={
              !sharedCase.identified && !sharedCase.consents.some((consent) => consent.state === 'IN_FORCE')
            }
            onCancel={() => setEditing(false)}
            onSaved={(notice) => {
              setEditing(false);
              onChanged(notice);
            }}
          />
        ) : (
          <div className="button-row">
            <button type="button" className="button" onClick={() => setEditing(true)}>
              {sharedCase.identified ? t('caseIdentity.correct') : t('caseIdentity.record')}
            </button>
          </div>
        ))}
    </section>
  );
}
