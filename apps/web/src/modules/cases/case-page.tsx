import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { type CombinedError, useQuery } from 'urql';
import { graphql, readFragment } from '../../graphql.ts';
import { Badge } from '../../ui/badge.tsx';
import { formatDate } from '../../ui/datetime.ts';
import { Forbidden, Loading, QueryError } from '../../ui/query-state.tsx';
import { useDocumentTitle } from '../../ui/use-document-title.ts';
import { CaseReferrals } from '../activities/case-referrals.tsx';
import { hasErrorCode } from '../auth/graphql-errors.ts';
import { useViewer } from '../auth/viewer.ts';
import { ThemeTags } from '../forums/theme-tags.tsx';
import { AccessBanner } from './access-banner.tsx';
import { CaseEditForm } from './case-edit-form.tsx';
import { CaseFeedbackFragment, CaseFeedbackSection, CaseMeetings } from './case-feedback.tsx';
import { CaseFollowUpHistory, CaseFollowUpsFragment, RecordFollowUpButton } from './case-follow-ups.tsx';
import { CaseIdentity, CaseIdentityFragment } from './case-identity.tsx';
import { FollowUpDate, identificationKey } from './case-labels.tsx';
import { CaseParticipants, CaseParticipantsFragment } from './case-participants.tsx';
import { accessLogPath, CASES_PATH, planPrintPath } from './case-path.ts';
import { CasePlanFragment, CasePlanSection } from './case-plan.tsx';
import { CaseSharing, CaseSharingFragment } from './case-sharing.tsx';
import { CaseTimeline, CaseTimelineFragment } from './case-timeline.tsx';
import { mayReadAccessLog, mayWorkCases } from './permissions.ts';
import './cases.css';

const CasePageQuery = graphql(
  `
  query CasePage($id: ID!) {
    case(id: $id) {
      id
      reference
      status
      subjectKind
      summary
      themes
      nextFollowUpOn
      identified
      protectedIdentity
      viewerIsLead
      createdAt
      closedAt
      lead {
        id
        name
      }
      forum {
        id
        name
      }
      access {
        identity
        notes
        plan
        lead
      }
      ...CaseIdentity
      ...CasePlan
      ...CaseTimeline
      ...CaseSharing
      ...CaseParticipants
      ...CaseFeedback
      ...CaseFollowUps
    }
    disclosureBases {
      code
      lawReference
      isConsent
    }
  }
`,
  [
    CaseIdentityFragment,
    CasePlanFragment,
    CaseTimelineFragment,
    CaseSharingFragment,
    CaseParticipantsFragment,
    CaseFeedbackFragment,
    CaseFollowUpsFragment,
  ],
);

/** A malformed id names no case, which to the reader is "not found". */
function isNotFound(error: CombinedError | undefined): boolean {
  return (
    !!error &&
    !error.networkError &&
    error.graphQLErrors.length > 0 &&
    error.graphQLErrors.every((e) => ['BAD_USER_INPUT', 'NOT_FOUND'].includes(String(e.extensions.code)))
  );
}

const SECTIONS = [
  ['case-identity-heading', 'caseView.sections.identity'],
  ['case-plan-heading', 'caseView.sections.plan'],
  ['case-follow-ups-heading', 'caseFollowUps.heading'],
  ['case-timeline-heading', 'caseView.sections.timeline'],
  ['case-sharing-heading', 'caseView.sections.sharing'],
  ['case-participants-heading', 'caseView.sections.participants'],
  ['case-feedback-heading', 'caseView.sections.feedback'],
  ['case-meetings-heading', 'caseView.sections.meetings'],
] as const;

/**
 * One shared case: what it is and who leads it, what the viewer's organisation may see of it and
 * why, then the identity, plan, timeline, consents and disclosures, participants, the person's
 * feedback and meetings, each under its own heading. It is read afresh on every visit, so a
 * withdrawn consent shows at once.
 */
export function CasePage() {
  const { t, i18n } = useTranslation();
  const { id = '' } = useParams();
  const [viewerResult] = useViewer();
  const viewer = viewerResult.data?.viewer;
  const [result, reexecute] = useQuery({
    query: CasePageQuery,
    variables: { id },
    requestPolicy: 'cache-and-network',
    pause: !!viewer && !mayWorkCases(viewer),
  });
  const organisation = viewer?.activeOrganisation;
  const location = useLocation();
  const [notice, setNotice] = useState<string | null>(() => {
    const state: unknown = location.state;
    return state && typeof state === 'object' && 'notice' in state && typeof state.notice === 'string'
      ? state.notice
      : null;
  });
  const [editing, setEditing] = useState(false);
  const sharedCase = result.data?.case;
  // County board overseers may not read cases: the API refuses, and the page says so plainly.
  const forbidden = (!!viewer && !mayWorkCases(viewer)) || hasErrorCode(result.error, 'FORBIDDEN');
  const notFound = !forbidden && ((result.data && !sharedCase) || (!result.data && isNotFound(result.error)));
  useDocumentTitle(
    sharedCase
      ? t('caseView.documentTitle', { reference: sharedCase.reference })
      : notFound
        ? t('caseView.notFoundTitle')
        : undefined,
  );
  const refresh = () => reexecute({ requestPolicy: 'network-only' });
  const changed = (text: string) => {
    setNotice(text);
    refresh();
  };

  if (forbidden) {
    return (
      <div className="page">
        <h1>{t('cases.title')}</h1>
        <Forbidden message={t('cases.overseer')} />
      </div>
    );
  }
  if (notFound) {
    return (
      <div className="page">
        <p className="back-link">
          <Link to={CASES_PATH}>{t('caseView.backToList')}</Link>
        </p>
        <h1>{t('caseView.notFoundTitle')}</h1>
        <p>{t('caseView.notFound')}</p>
      </div>
    );
  }
  if (result.error && !sharedCase) {
    return (
      <div className="page">
        <QueryError title={t('caseView.loadError')} error={result.error} onRetry={refresh} />
      </div>
    );
  }
  if (!sharedCase) return <Loading />;

  const sharing = readFragment(CaseSharingFragment, sharedCase);
  const consentBasis = result.data?.disclosureBases.find((basis) => basis.isConsent);
  const lead = sharedCase.viewerIsLead;

  return (
    <div className="page case-page">
      <p className="back-link">
        <Link to={CASES_PATH}>{t('caseView.backToList')}</Link>
      </p>
      <header className="case-header">
        <p className="case-header__eyebrow">{t('caseView.eyebrow')}</p>
        <h1>
          {sharedCase.reference}
          <Badge tone={sharedCase.status === 'CLOSED' ? 'neutral' : 'ok'}>
            {t(`enums.CaseStatus.${sharedCase.status}`)}
          </Badge>
        </h1>
        <p className="lead">{sharedCase.summary}</p>
        <dl className="facts">
          <div>
            <dt>{t('cases.lead')}</dt>
            <dd>{sharedCase.lead.name}</dd>
          </div>
          <div>
            <dt>{t('cases.nextFollowUp')}</dt>
            <dd>
              <FollowUpDate date={sharedCase.nextFollowUpOn} status={sharedCase.status} />
              <RecordFollowUpButton data={sharedCase} onChanged={changed} />
            </dd>
          </div>
          <div>
            <dt>{t('caseView.about')}</dt>
            <dd>
              {t(`enums.CaseSubjectKind.${sharedCase.subjectKind}`)},{' '}
              {t(identificationKey(sharedCase)).toLocaleLowerCase()}
              {sharedCase.protectedIdentity && <Badge tone="warning">{t('cases.protected')}</Badge>}
            </dd>
          </div>
          <div>
            <dt>{t('newCase.themes')}</dt>
            <dd>
              <ThemeTags themes={sharedCase.themes} />
            </dd>
          </div>
          {sharedCase.forum && (
            <div>
              <dt>{t('caseView.forum')}</dt>
              <dd>
                <Link to={`/forum/${encodeURIComponent(sharedCase.forum.id)}`}>{sharedCase.forum.name}</Link>
              </dd>
            </div>
          )}
          <div>
            <dt>{t('caseView.opened')}</dt>
            <dd>{formatDate(sharedCase.createdAt, i18n.language)}</dd>
          </div>
          {sharedCase.closedAt && (
            <div>
              <dt>{t('caseView.closed')}</dt>
              <dd>{formatDate(sharedCase.closedAt, i18n.language)}</dd>
            </div>
          )}
        </dl>
        <div className="button-row">
          {lead && !editing && (
            <button type="button" className="button" onClick={() => setEditing(true)}>
              {t('caseView.edit')}
            </button>
          )}
          {sharedCase.access.plan && (
            <Link className="button" to={planPrintPath(sharedCase)}>
              {t('caseView.printPlan')}
            </Link>
          )}
          {mayReadAccessLog(viewer, sharedCase) && (
            <Link className="button" to={accessLogPath(sharedCase)}>
              {t('caseView.accessLog')}
            </Link>
          )}
        </div>
      </header>
      <div role="status">{notice && <p className="notice">{notice}</p>}</div>
      {editing && (
        <CaseEditForm
          sharedCase={sharedCase}
          onCancel={() => setEditing(false)}
          onSaved={(text) => {
            setEditing(false);
            changed(text);
          }}
        />
      )}

      <AccessBanner
        organisation={organisation}
        facts={{
          access: sharedCase.access,
          identified: sharedCase.identified,
          consents: sharing.consents,
          disclosures: sharing.disclosures,
        }}
      />

      <nav aria-label={t('caseView.onThisPage')} className="case-toc">
        <h2 className="case-toc__title">{t('caseView.onThisPage')}</h2>
        <ul>
          {SECTIONS.map(([anchor, key]) => (
            <li key={anchor}>
              <a href={`#${anchor}`}>{t(key)}</a>
            </li>
          ))}
        </ul>
      </nav>

      <CaseIdentity data={sharedCase} onChanged={changed} />
      <CasePlanSection data={sharedCase} organisationId={organisation?.id} onChanged={changed} />
      <CaseFollowUpHistory data={sharedCase} />
      <CaseTimeline data={sharedCase} organisationId={organisation?.id} onChanged={changed} />
      <CaseSharing
        data={sharedCase}
        viewer={viewer}
        consentLawReference={consentBasis?.lawReference}
        onChanged={changed}
      />
      <CaseParticipants data={sharedCase} organisationId={organisation?.id} onChanged={changed} />
      <CaseReferrals caseId={sharedCase.id} />
      <CaseFeedbackSection data={sharedCase} onChanged={changed} />
      <CaseMeetings data={sharedCase} />
    </div>
  );
}
