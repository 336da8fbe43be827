import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { type EnumValue, graphql, type ResultOf } from '../../graphql.ts';
import { ErrorSummary, SelectField, type SummaryError, TextField } from '../../ui/form.tsx';
import { Loading, QueryError } from '../../ui/query-state.tsx';
import { useDocumentTitle } from '../../ui/use-document-title.ts';
import { mutationFailure } from '../../ui/user-error.ts';
import { useViewer } from '../auth/viewer.ts';
import { managesForum } from '../meetings/permissions.ts';
import { type ForumTheme, forumThemes } from './forum-themes.ts';

const ForumEditQuery = graphql(`
  query ForumEdit($id: ID!) {
    forum(id: $id) {
      id
      name
      purpose
      themes
      level
      meetingsPerYear
      status
      county {
        code
      }
      municipality {
        code
      }
      host {
        id
        name
      }
      members {
        id
        name
      }
    }
    counties {
      code
      name
    }
  }
`);

const ForumEditOptionsQuery = graphql(`
  query ForumEditOptions($countyCode: String!) {
    municipalities(countyCode: $countyCode) {
      code
      name
    }
    organisations(countyCode: $countyCode, first: 200) {
      edges {
        node {
          id
          name
        }
      }
    }
  }
`);

const UpdateForumMutation = graphql(`
  mutation UpdateForum($forumId: ID!, $input: ForumInput!) {
    updateForum(forumId: $forumId, input: $input) {
      __typename
      ... on UpdateForumSuccess {
        forum {
          id
          name
          purpose
          themes
          level
          meetingsPerYear
          members {
            id
            name
          }
        }
      }
      ... on UserError {
        message
        field
      }
    }
  }
`);

type Level = EnumValue<'ForumLevel'>;
const LEVELS: readonly Level[] = ['LOCAL', 'MUNICIPAL', 'REGIONAL', 'COUNTY'];
type Field =
  | 'name'
  | 'purpose'
  | 'themes'
  | 'level'
  | 'county'
  | 'municipality'
  | 'meetingsPerYear'
  | 'members';
const API_FIELDS: Record<string, Field> = {
  name: 'name',
  purpose: 'purpose',
  themes: 'themes',
  level: 'level',
  countyCode: 'county',
  municipalityCode: 'municipality',
  meetingsPerYear: 'meetingsPerYear',
  memberOrganisationIds: 'members',
};
const FIELD_IDS: Record<Field, string> = {
  name: 'forum-name',
  purpose: 'forum-purpose',
  themes: 'forum-theme-0',
  level: 'forum-level',
  county: 'forum-county',
  municipality: 'forum-municipality',
  meetingsPerYear: 'forum-cadence',
  members: 'forum-member-0',
};

/** Edits what a forum is: name, purpose, themes, level, place, cadence and members. Hosts only. */
export function ForumEditPage() {
  const { t } = useTranslation();
  const { id = '' } = useParams();
  const [result, reexecute] = useQuery({ query: ForumEditQuery, variables: { id } });
  const [viewerResult] = useViewer();
  const forum = result.data?.forum;
  useDocumentTitle(forum ? t('forumEdit.title', { forum: forum.name }) : undefined);

  if (result.error && !result.data) {
    return (
      <div className="page">
        <QueryError
          title={t('forum.loadError')}
          error={result.error}
          onRetry={() => reexecute({ requestPolicy: 'network-only' })}
        />
      </div>
    );
  }
  if (!result.data || !viewerResult.data) return <Loading />;
  if (!forum || !managesForum(viewerResult.data.viewer, forum.host.id)) {
    return (
      <div className="page">
        <h1>{t('forum.notFoundTitle')}</h1>
        <p>{t('forumEdit.notAllowed')}</p>
      </div>
    );
  }
  return <ForumEditForm forum={forum} counties={result.data.counties} />;
}

type EditableForum = NonNullable<ResultOf<typeof ForumEditQuery>['forum']>;

function ForumEditForm({
  forum,
  counties,
}: {
  forum: EditableForum;
  counties: ResultOf<typeof ForumEditQuery>['counties'];
}) {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const [name, setName] = useState(forum.name);
  const [purpose, setPurpose] = useState(forum.purpose);
  const [themes, setThemes] = useState<ReadonlySet<ForumTheme>>(new Set(forum.themes));
  const [level, setLevel] = useState<Level>(forum.level);
  const [countyCode, setCountyCode] = useState(forum.county.code);
  const [municipalityCode, setMunicipalityCode] = useState(forum.municipality?.code ?? '');
  const [cadence, setCadence] = useState(String(forum.meetingsPerYear));
  const [members, setMembers] = useState<ReadonlySet<string>>(
    new Set(forum.members.map((member) => member.id).filter((memberId) => memberId !== forum.host.id)),
  );
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [summary, setSummary] = useState<SummaryError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [options] = useQuery({ query: ForumEditOptionsQuery, variables: { countyCode } });
  const [state, update] = useMutation(UpdateForumMutation);

  // Current members first (they may be from another county), then the county's other organisations.
  const candidates = new Map<string, string>();
  for (const member of forum.members) if (member.id !== forum.host.id) candidates.set(member.id, member.name);
  for (const edge of options.data?.organisations.edges ?? [])
    if (edge.node.id !== forum.host.id && !candidates.has(edge.node.id))
      candidates.set(edge.node.id, edge.node.name);

  function show(found: Partial<Record<Field, string>>, general?: string) {
    setErrors(found);
    const list: SummaryError[] = Object.entries(found).map(([field, message]) => ({
      key: field,
      message: message ?? '',
      fieldId: FIELD_IDS[field as Field],
    }));
    if (general) list.push({ key: 'general', message: general });
    setSummary(list);
    setAttempt((n) => n + 1);
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found: Partial<Record<Field, string>> = {};
    if (!name.trim()) found.name = t('forumEdit.errors.name');
    if (!purpose.trim()) found.purpose = t('forumEdit.errors.purpose');
    if (themes.size === 0) found.themes = t('forumEdit.errors.themes');
    const perYear = Number(cadence);
    if (!Number.isInteger(perYear) || perYear < 0 || perYear > 52)
      found.meetingsPerYear = t('forumEdit.errors.cadence');
    if (Object.keys(found).length > 0) {
      show(found);
      return;
    }
    const outcome = await update({
      forumId: forum.id,
      input: {
        name: name.trim(),
        purpose: purpose.trim(),
        themes: forumThemes.filter((theme) => themes.has(theme)),
        level,
        countyCode,
        municipalityCode: municipalityCode || null,
        meetingsPerYear: perYear,
        memberOrganisationIds: [...members],
      },
    });
    const data = outcome.data?.updateForum;
    if (data?.__typename === 'UpdateForumSuccess') {
      navigate(`/forum/${encodeURIComponent(forum.id)}`, { state: { notice: t('forumEdit.saved') } });
      return;
    }
    const failure = mutationFailure(data, outcome.error, t('state.networkError'));
    const field = failure?.field ? API_FIELDS[failure.field] : undefined;
    if (field && failure) show({ [field]: failure.message });
    else show({}, failure?.message);
  }

  return (
    <div className="page page--narrow">
      <p className="back-link">
        <Link to={`/forum/${encodeURIComponent(forum.id)}`}>
          {t('meetingPage.backToForum', { forum: forum.name })}
        </Link>
      </p>
      <h1>{t('forumEdit.title', { forum: forum.name })}</h1>
      <p className="lead">{t('forumEdit.intro', { host: forum.host.name })}</p>
      <ErrorSummary title={t('forumEdit.errorSummary')} errors={summary} attempt={attempt} />
      <form className="form" onSubmit={submit} noValidate>
        <TextField
          id="forum-name"
          label={t('forumEdit.name')}
          value={name}
          onChange={(event) => setName(event.target.value)}
          error={errors.name}
        />
        <div className={errors.purpose ? 'field field--error' : 'field'}>
          <label htmlFor="forum-purpose">{t('forumEdit.purpose')}</label>
          {errors.purpose && (
            <p className="field__error" id="forum-purpose-error">
              {errors.purpose}
            </p>
          )}
          <textarea
            id="forum-purpose"
            rows={3}
            value={purpose}
            aria-invalid={errors.purpose ? true : undefined}
            aria-describedby={errors.purpose ? 'forum-purpose-error' : undefined}
            onChange={(event) => setPurpose(event.target.value)}
          />
        </div>
        <fieldset className={errors.themes ? 'fieldset field--error' : 'fieldset'}>
          <legend>{t('forums.themes')}</legend>
          {errors.themes && <p className="field__error">{errors.themes}</p>}
          {forumThemes.map((theme, index) => (
            <div className="checkbox" key={theme}>
              <input
                type="checkbox"
                id={`forum-theme-${index}`}
                checked={themes.has(theme)}
                onChange={(event) => {
                  const next = new Set(themes);
                  if (event.target.checked) next.add(theme);
                  else next.delete(theme);
                  setThemes(next);
                }}
              />
              <label htmlFor={`forum-theme-${index}`}>{t(`enums.ForumTheme.${theme}`)}</label>
            </div>
          ))}
        </fieldset>
        <SelectField
          id="forum-level"
          label={t('forums.level')}
          value={level}
          onChange={(event) => setLevel(event.target.value as Level)}
          error={errors.level}
        >
          {LEVELS.map((value) => (
            <option key={value} value={value}>
              {t(`enums.ForumLevel.${value}`)}
            </option>
          ))}
        </SelectField>
        <SelectField
          id="forum-county"
          label={t('forumEdit.county')}
          value={countyCode}
          onChange={(event) => {
            setCountyCode(event.target.value);
            setMunicipalityCode('');
          }}
          error={errors.county}
        >
          {counties.map((county) => (
            <option key={county.code} value={county.code}>
              {county.name}
            </option>
          ))}
        </SelectField>
        <SelectField
          id="forum-municipality"
          label={t('forumEdit.municipality')}
          value={municipalityCode}
          onChange={(event) => setMunicipalityCode(event.target.value)}
          error={errors.municipality}
        >
          <option value="">{t('forumEdit.noMunicipality')}</option>
          {(options.data?.municipalities ?? []).map((municipality) => (
            <option key={municipality.code} value={municipality.code}>
              {municipality.name}
            </option>
          ))}
        </SelectField>
        <TextField
          id="forum-cadence"
          label={t('forumEdit.cadence')}
          type="number"
          min={0}
          max={52}
          inputMode="numeric"
          value={cadence}
          onChange={(event) => setCadence(event.target.value)}
          error={errors.meetingsPerYear}
        />
        <fieldset className={errors.members ? 'fieldset field--error' : 'fieldset'}>
          <legend>{t('forumEdit.members', { host: forum.host.name })}</legend>
          {errors.members && <p className="field__error">{errors.members}</p>}
          {[...candidates].map(([memberId, memberName], index) => (
            <div className="checkbox" key={memberId}>
              <input
                type="checkbox"
                id={`forum-member-${index}`}
                checked={members.has(memberId)}
                onChange={(event) => {
                  const next = new Set(members);
                  if (event.target.checked) next.add(memberId);
                  else next.delete(memberId);
                  setMembers(next);
                }}
              />
              <label htmlFor={`forum-member-${index}`}>{memberName}</label>
            </div>
          ))}
        </fieldset>
        <div className="button-row">
          <button type="submit" className="button button--primary" disabled={state.fetching}>
            {t('forumEdit.save')}
          </button>
          <Link className="button" to={`/forum/${encodeURIComponent(forum.id)}`}>
            {t('schedule.cancel')}
          </Link>
        </div>
      </form>
    </div>
  );
}
