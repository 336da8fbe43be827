import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { type FragmentOf, graphql, readFragment } from '../../graphql.ts';
import { formatDateTime } from '../../ui/datetime.ts';
import { CheckboxGroup, TextAreaField } from '../../ui/form.tsx';
import { caseFailure } from './case-errors.ts';

export const CaseTimelineFragment = graphql(`
  fragment CaseTimeline on SharedCase {
    id
    status
    lead {
      id
      name
    }
    participants {
      id
      name
    }
    access {
      notes
    }
    notes {
      id
      body
      createdAt
      author {
        id
        name
      }
      visibleTo {
        id
        name
      }
    }
  }
`);

const AddCaseNoteMutation = graphql(`
  mutation AddCaseNote($caseId: ID!, $body: String!, $visibleToOrganisationIds: [ID!]!) {
    addCaseNote(caseId: $caseId, body: $body, visibleToOrganisationIds: $visibleToOrganisationIds) {
      __typename
      ... on AddCaseNoteSuccess {
        case {
          id
        }
      }
      ... on UserError {
        message
        field
      }
    }
  }
`);

/** The timeline: notes newest first, each saying who wrote it and who else sees it; a form to add one. */
export function CaseTimeline({
  data,
  organisationId,
  onChanged,
}: {
  data: FragmentOf<typeof CaseTimelineFragment>;
  organisationId: string | undefined;
  onChanged: (notice: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const sharedCase = readFragment(CaseTimelineFragment, data);
  const [body, setBody] = useState('');
  const [shownTo, setShownTo] = useState<ReadonlySet<string>>(new Set());
  const [errors, setErrors] = useState<{ body?: string; visibleTo?: string; general?: string }>({});
  const [state, add] = useMutation(AddCaseNoteMutation);
  const others = sharedCase.participants.filter((organisation) => organisation.id !== organisationId);
  const leadName = sharedCase.lead.name;

  async function submit(event: FormEvent) {
    event.preventDefault();
    if (!body.trim()) {
      setErrors({ body: t('caseTimeline.errors.body') });
      document.getElementById('note-body')?.focus();
      return;
    }
    const result = await add({
      caseId: sharedCase.id,
      body: body.trim(),
      visibleToOrganisationIds: others.filter((o) => shownTo.has(o.id)).map((o) => o.id),
    });
    const outcome = result.data?.addCaseNote;
    if (outcome?.__typename === 'AddCaseNoteSuccess') {
      setBody('');
      setShownTo(new Set());
      setErrors({});
      onChanged(t('caseTimeline.added'));
      return;
    }
    const failure = caseFailure(outcome, result.error, t('state.networkError'));
    if (failure?.path === 'body') setErrors({ body: failure.message });
    else if (failure?.path === 'visibleToOrganisationIds') setErrors({ visibleTo: failure.message });
    else setErrors({ general: failure?.message });
  }

  return (
    <section aria-labelledby="case-timeline-heading" className="section case-section">
      <h2 id="case-timeline-heading">{t('caseTimeline.heading')}</h2>
      {!sharedCase.access.notes ? (
        <p className="identity-missing">{t('caseTimeline.notAllowed')}</p>
      ) : sharedCase.notes.length === 0 ? (
        <p className="muted">{t('caseTimeline.empty')}</p>
      ) : (
        <ol className="timeline">
          {sharedCase.notes.map((note) => {
            const readers = [
              note.author.name,
              ...(note.author.id === sharedCase.lead.id ? [] : [leadName]),
              ...note.visibleTo.map((organisation) => organisation.name).filter((name) => name !== leadName),
            ];
            return (
              <li key={note.id} className="timeline__note">
                <p className="timeline__meta">
                  <strong>{note.author.name}</strong>,{' '}
                  <time dateTime={note.createdAt}>{formatDateTime(note.createdAt, i18n.language)}</time>
                </p>
                <p className="prewrap">{note.body}</p>
                <p className="timeline__readers muted">
                  {t('caseTimeline.shownTo', { organisations: [...new Set(readers)].join(', ') })}
                </p>
              </li>
            );
          })}
        </ol>
      )}
      {sharedCase.status !== 'CLOSED' && (
        <form className="form form--inline" noValidate onSubmit={submit} aria-labelledby="note-form-heading">
          <h3 id="note-form-heading">{t('caseTimeline.addHeading')}</h3>
          <TextAreaField
            id="note-body"
            label={t('caseTimeline.body')}
            hint={t('caseTimeline.bodyHint')}
            rows={4}
            error={errors.body}
            value={body}
            onChange={(event) => setBody(event.target.value)}
          />
          {others.length > 0 && (
            <CheckboxGroup
              id="note-visible-to"
              legend={t('caseTimeline.visibleTo')}
              hint={
                sharedCase.lead.id === organisationId
                  ? t('caseTimeline.visibleToHintLead')
                  : t('caseTimeline.visibleToHint', { lead: leadName })
              }
              error={errors.visibleTo}
              choices={others.map((organisation) => ({
                value: organisation.id,
                label: organisation.name,
                hint: organisation.id === sharedCase.lead.id ? t('caseTimeline.leadAlways') : undefined,
                disabled: organisation.id === sharedCase.lead.id,
              }))}
              selected={new Set([...shownTo, sharedCase.lead.id])}
              onChange={(next) => {
                next.delete(sharedCase.lead.id);
                setShownTo(next);
              }}
            />
          )}
          {errors.general && (
            <p className="field__error" role="alert">
              {errors.general}
            </p>
          )}
          <div>
            <button type="submit" className="button" disabled={state.fetching}>
              {t('caseTimeline.add')}
            </button>
          </div>
        </form>
      )}
    </section>
  );
}
