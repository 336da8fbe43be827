import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { type EnumValue, graphql } from '../../graphql.ts';
import { todayInZone } from '../../ui/datetime.ts';
import {
  CheckboxGroup,
  ErrorSummary,
  RadioGroup,
  SelectField,
  TextAreaField,
  TextField,
} from '../../ui/form.tsx';
import { Forbidden, Loading, QueryError } from '../../ui/query-state.tsx';
import { useDocumentTitle } from '../../ui/use-document-title.ts';
import { useViewer } from '../auth/viewer.ts';
import { type ForumTheme, forumThemes } from '../forums/forum-themes.ts';
import { caseFailure, useFormErrors } from './case-errors.ts';
import { CASES_PATH, casePath } from './case-path.ts';
import {
  type ConsentDraft,
  ConsentFields,
  consentErrors,
  consentInput,
  emptyConsent,
} from './consent-fields.tsx';
import { mayOpenCases } from './permissions.ts';
import { requiredConsentGiver } from './personal-identity-number.ts';
import { SharingSummary } from './sharing-summary.tsx';
import {
  emptySubject,
  type SubjectDraft,
  SubjectFields,
  subjectAge,
  subjectErrors,
  subjectInput,
} from './subject-fields.tsx';
import './cases.css';

const NewCaseOptionsQuery = graphql(`
  query NewCaseOptions {
    viewer {
      activeOrganisation {
        id
        name
        county {
          code
        }
      }
    }
    disclosureBases {
      code
      name
      lawReference
      description
      isConsent
    }
    municipalities {
      code
      name
    }
  }
`);

const NewCaseOrganisationsQuery = graphql(`
  query NewCaseOrganisations($countyCode: String!, $organisationId: ID!) {
    organisations(countyCode: $countyCode, first: 200) {
      edges {
        node {
          id
          name
          kind
        }
      }
    }
    forums(memberOrganisationId: $organisationId, first: 100) {
      edges {
        node {
          id
          name
          status
        }
      }
    }
  }
`);

export const CreateCaseMutation = graphql(`
  mutation CreateCase($input: CreateCaseInput!) {
    createCase(input: $input) {
      __typename
      ... on CreateCaseSuccess {
        case {
          id
          reference
        }
      }
      ... on UserError {
        message
        field
      }
    }
  }
`);

type SubjectKind = EnumValue<'CaseSubjectKind'>;
const SUBJECT_KINDS: readonly SubjectKind[] = ['PERSON', 'FAMILY', 'PLACE', 'TOPIC'];
type Mode = 'ANONYMOUS' | 'IDENTIFIED';
type Ground = 'CONSENT' | 'BASIS';

/** Paths the API names for a whole choice, and the field on this form that stands for each. */
const ALIASES = { consent: 'ground', subject: 'subjectKind' };

/** Opens a case led by the viewer's organisation: an anonymous consultation, or identified on consent or a basis. */
export function NewCasePage() {
  const { t } = useTranslation();
  useDocumentTitle(t('newCase.title'));
  const [viewerResult] = useViewer();
  const [options, reexecute] = useQuery({ query: NewCaseOptionsQuery });

  if (viewerResult.data?.viewer && !mayOpenCases(viewerResult.data.viewer)) {
    return (
      <div className="page">
        <h1>{t('newCase.title')}</h1>
        <Forbidden message={t('newCase.notAllowed')} />
      </div>
    );
  }
  if (options.error && !options.data) {
    return (
      <div className="page">
        <h1>{t('newCase.title')}</h1>
        <QueryError
          title={t('newCase.loadError')}
          error={options.error}
          onRetry={() => reexecute({ requestPolicy: 'network-only' })}
        />
      </div>
    );
  }
  const organisation = options.data?.viewer?.activeOrganisation;
  if (!options.data || !organisation) return <Loading />;
  return (
    <NewCaseForm
      organisation={organisation}
      bases={options.data.disclosureBases.filter((basis) => !basis.isConsent)}
      consentBasis={options.data.disclosureBases.find((basis) => basis.isConsent)}
      municipalities={options.data.municipalities}
    />
  );
}

interface Basis {
  code: string;
  name: string;
  lawReference: string;
  description: string;
}

function NewCaseForm({
  organisation,
  bases,
  consentBasis,
  municipalities,
}: {
  organisation: { id: string; name: string; county: { code: string } };
  bases: readonly Basis[];
  consentBasis: Basis | undefined;
  municipalities: readonly { code: string; name: string }[];
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [lists] = useQuery({
    query: NewCaseOrganisationsQuery,
    variables: { countyCode: organisation.county.code, organisationId: organisation.id },
  });
  const [subjectKind, setSubjectKind] = useState<SubjectKind>('PERSON');
  const [summary, setSummary] = useState('');
  const [themes, setThemes] = useState<ReadonlySet<ForumTheme>>(new Set());
  const [participants, setParticipants] = useState<ReadonlySet<string>>(new Set());
  const [followUp, setFollowUp] = useState('');
  const [forumId, setForumId] = useState('');
  const [mode, setMode] = useState<Mode | ''>('');
  const [subject, setSubject] = useState<SubjectDraft>(emptySubject);
  const [ground, setGround] = useState<Ground | ''>('');
  const [consent, setConsent] = useState<ConsentDraft>(() => emptyConsent(todayInZone(), null));
  const [basisCode, setBasisCode] = useState('');
  const [basisReason, setBasisReason] = useState('');
  const form = useFormErrors('case', ALIASES);
  const { errors, id } = form;
  const [state, create] = useMutation(CreateCaseMutation);

  // Every organisation in the county may take part, except county boards (aggregates only) and the lead itself.
  const candidates = (lists.data?.organisations.edges ?? [])
    .map((edge) => edge.node)
    .filter((candidate) => candidate.id !== organisation.id && candidate.kind !== 'COUNTY_BOARD');
  const chosen = candidates.filter((candidate) => participants.has(candidate.id));
  const forums = (lists.data?.forums.edges ?? [])
    .map((edge) => edge.node)
    .filter((forum) => forum.status === 'ACTIVE');
  const personal = subjectKind === 'PERSON' || subjectKind === 'FAMILY';
  const identified = personal && mode === 'IDENTIFIED';
  const age = identified ? subjectAge(subject) : null;
  const basis = bases.find((candidate) => candidate.code === basisCode);

  function chooseParticipants(next: Set<string>) {
    setParticipants(next);
    // A consent can only name organisations that take part.
    setConsent((previous) => ({
      ...previous,
      organisationIds: new Set(
        [...previous.organisationIds].filter((organisationId) => next.has(organisationId)),
      ),
    }));
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    let found: Record<string, string> = {};
    if (!summary.trim()) found.summary = t('newCase.errors.summary');
    if (themes.size === 0) found.themes = t('newCase.errors.themes');
    if (personal && !mode) found.mode = t('newCase.errors.mode');
    if (identified) {
      found = { ...found, ...subjectErrors(subject, t) };
      if (!ground) found.ground = t('newCase.errors.ground');
      if (ground === 'CONSENT') found = { ...found, ...consentErrors(consent, 'consent', age, t) };
      if (ground === 'BASIS') {
        if (!basisCode) found['identificationBasis.basisCode'] = t('newCase.errors.basis');
        if (!basisReason.trim()) found['identificationBasis.reason'] = t('newCase.errors.reason');
      }
    }
    if (Object.keys(found).length > 0) {
      form.show(found);
      return;
    }
    const result = await create({
      input: {
        subjectKind,
        summary: summary.trim(),
        themes: forumThemes.filter((theme) => themes.has(theme)),
        participantOrganisationIds: chosen.map((candidate) => candidate.id),
        nextFollowUpOn: followUp || null,
        forumId: forumId || null,
        subject: identified ? subjectInput(subject) : null,
        consent: identified && ground === 'CONSENT' ? consentInput(consent) : null,
        identificationBasis:
          identified && ground === 'BASIS' ? { basisCode, reason: basisReason.trim() } : null,
      },
    });
    const outcome = result.data?.createCase;
    if (outcome?.__typename === 'CreateCaseSuccess') {
      navigate(casePath(outcome.case), {
        state: { notice: t('newCase.created', { reference: outcome.case.reference }) },
      });
      return;
    }
    form.showFailure(caseFailure(outcome, result.error, t('state.networkError')));
  }

  return (
    <div className="page page--form">
      <p className="back-link">
        <Link to={CASES_PATH}>{t('caseView.backToList')}</Link>
      </p>
      <h1>{t('newCase.title')}</h1>
      <p className="lead">{t('newCase.intro', { organisation: organisation.name })}</p>
      <ErrorSummary title={t('newCase.errorSummary')} errors={form.summary} attempt={form.attempt} />
      <form className="form" noValidate onSubmit={submit}>
        <section aria-labelledby="new-case-about" className="form-section">
          <h2 id="new-case-about">{t('newCase.about')}</h2>
          <SelectField
            id={id('subjectKind')}
            label={t('newCase.subjectKind')}
            error={errors.subjectKind}
            value={subjectKind}
            onChange={(event) => setSubjectKind(event.target.value as SubjectKind)}
          >
            {SUBJECT_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {t(`enums.CaseSubjectKind.${kind}`)}
              </option>
            ))}
          </SelectField>
          <TextAreaField
            id={id('summary')}
            label={t('newCase.summary')}
            hint={t('newCase.summaryHint')}
            rows={3}
            maxLength={500}
            error={errors.summary}
            value={summary}
            onChange={(event) => setSummary(event.target.value)}
          />
          <CheckboxGroup
            id={id('themes')}
            legend={t('newCase.themes')}
            error={errors.themes}
            choices={forumThemes.map((theme) => ({ value: theme, label: t(`enums.ForumTheme.${theme}`) }))}
            selected={themes}
            onChange={setThemes}
          />
        </section>

        <section aria-labelledby="new-case-who" className="form-section">
          <h2 id="new-case-who">{t('newCase.participantsHeading')}</h2>
          <p>{t('newCase.leadIs', { organisation: organisation.name })}</p>
          {lists.fetching && !lists.data ? (
            <Loading />
          ) : (
            <CheckboxGroup
              id={id('participantOrganisationIds')}
              legend={t('newCase.participants')}
              hint={t('newCase.participantsHint')}
              error={errors.participantOrganisationIds}
              choices={candidates.map((candidate) => ({
                value: candidate.id,
                label: candidate.name,
                hint: candidate.kind === 'CIVIL_SOCIETY' ? t('newCase.civilSocietyHint') : undefined,
              }))}
              selected={participants}
              onChange={chooseParticipants}
            />
          )}
          <div className="field-row">
            <TextField
              id={id('nextFollowUpOn')}
              label={t('newCase.nextFollowUp')}
              type="date"
              error={errors.nextFollowUpOn}
              value={followUp}
              onChange={(event) => setFollowUp(event.target.value)}
            />
            <SelectField
              id={id('forumId')}
              label={t('newCase.forum')}
              hint={t('newCase.forumHint')}
              error={errors.forumId}
              value={forumId}
              onChange={(event) => setForumId(event.target.value)}
            >
              <option value="">{t('newCase.noForum')}</option>
              {forums.map((forum) => (
                <option key={forum.id} value={forum.id}>
                  {forum.name}
                </option>
              ))}
            </SelectField>
          </div>
        </section>

        <section aria-labelledby="new-case-identity" className="form-section">
          <h2 id="new-case-identity">{t('newCase.identityHeading')}</h2>
          {!personal ? (
            <p>{t('newCase.noPersonalData')}</p>
          ) : (
            <RadioGroup<Mode>
              id={id('mode')}
              name="case-mode"
              legend={t('newCase.mode')}
              error={errors.mode}
              value={mode}
              onChange={setMode}
              choices={[
                { value: 'ANONYMOUS', label: t('newCase.anonymous'), hint: t('newCase.anonymousHint') },
                { value: 'IDENTIFIED', label: t('newCase.identified'), hint: t('newCase.identifiedHint') },
              ]}
            />
          )}
          {identified && (
            <>
              <SubjectFields
                draft={subject}
                onChange={(next) => {
                  setSubject(next);
                  // The person's age says who must give consent; suggest it while none is chosen.
                  const giver = requiredConsentGiver(subjectAge(next));
                  if (giver && !consent.givenBy) setConsent((previous) => ({ ...previous, givenBy: giver }));
                }}
                municipalities={municipalities}
                id={id}
                errors={errors}
              />
              <RadioGroup<Ground>
                id={id('ground')}
                name="case-ground"
                legend={t('newCase.ground')}
                hint={t('newCase.groundHint')}
                error={errors.ground}
                value={ground}
                onChange={setGround}
                choices={[
                  {
                    value: 'CONSENT',
                    label: t('newCase.groundConsent', { law: consentBasis?.lawReference ?? '' }),
                  },
                  { value: 'BASIS', label: t('newCase.groundBasis') },
                ]}
              />
              {ground === 'CONSENT' && (
                <fieldset className="fieldset">
                  <legend>{t('consent.heading')}</legend>
                  <ConsentFields
                    draft={consent}
                    onChange={setConsent}
                    organisations={chosen}
                    age={age}
                    prefix="consent"
                    id={id}
                    errors={errors}
                  />
                  <SharingSummary
                    id="new-case-sharing"
                    scopes={consent.scopes}
                    organisations={chosen
                      .filter((candidate) => consent.organisationIds.has(candidate.id))
                      .map((candidate) => candidate.name)}
                    ground={{
                      kind: 'consent',
                      givenBy: consent.givenBy,
                      lawReference: consentBasis?.lawReference,
                    }}
                    validFrom={consent.validFrom}
                    validUntil={consent.validUntil}
                  />
                </fieldset>
              )}
              {ground === 'BASIS' && (
                <fieldset className="fieldset">
                  <legend>{t('newCase.basisHeading')}</legend>
                  <p className="field__hint">
                    {t('newCase.basisIntro', { organisation: organisation.name })}
                  </p>
                  <SelectField
                    id={id('identificationBasis.basisCode')}
                    label={t('legalBasis.basis')}
                    hint={basis?.description}
                    error={errors['identificationBasis.basisCode']}
                    value={basisCode}
                    onChange={(event) => setBasisCode(event.target.value)}
                  >
                    <option value="">{t('legalBasis.choose')}</option>
                    {bases.map((candidate) => (
                      <option key={candidate.code} value={candidate.code}>
                        {t('legalBasis.option', { name: candidate.name, law: candidate.lawReference })}
                      </option>
                    ))}
                  </SelectField>
                  <TextAreaField
                    id={id('identificationBasis.reason')}
                    label={t('legalBasis.reason')}
                    hint={t('legalBasis.reasonHint')}
                    rows={3}
                    error={errors['identificationBasis.reason']}
                    value={basisReason}
                    onChange={(event) => setBasisReason(event.target.value)}
                  />
                </fieldset>
              )}
            </>
          )}
        </section>

        <div className="button-row">
          <button type="submit" className="button button--primary" disabled={state.fetching}>
            {state.fetching ? t('newCase.creating') : t('newCase.create')}
          </button>
          <Link className="button" to={CASES_PATH}>
            {t('caseView.cancel')}
          </Link>
        </div>
      </form>
    </div>
  );
}
