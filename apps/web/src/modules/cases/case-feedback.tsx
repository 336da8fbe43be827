import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useMutation } from 'urql';
import { type EnumValue, type FragmentOf, graphql, readFragment } from '../../graphql.ts';
import { formatDateTime, formatTimeRange } from '../../ui/datetime.ts';
import { RadioGroup, SelectField, TextAreaField } from '../../ui/form.tsx';
import { meetingPath } from '../meetings/meeting-path.ts';
import { caseFailure } from './case-errors.ts';

export const CaseFeedbackFragment = graphql(`
  fragment CaseFeedback on SharedCase {
    id
    status
    access {
      plan
    }
    feedback {
      about
      body
      createdAt
      recordedBy {
        id
        name
      }
      meeting {
        id
        title
      }
    }
    meetings {
      id
      title
      startsAt
      endsAt
      status
    }
  }
`);

const AddCaseFeedbackMutation = graphql(`
  mutation AddCaseFeedback($caseId: ID!, $about: CaseFeedbackAbout!, $body: String!, $meetingId: ID) {
    addCaseFeedback(caseId: $caseId, about: $about, body: $body, meetingId: $meetingId) {
      __typename
      ... on AddCaseFeedbackSuccess {
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

type About = EnumValue<'CaseFeedbackAbout'>;

/** The person's own feedback on the plan or a meeting, in their words, written down by a participant. */
export function CaseFeedbackSection({
  data,
  onChanged,
}: {
  data: FragmentOf<typeof CaseFeedbackFragment>;
  onChanged: (notice: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const sharedCase = readFragment(CaseFeedbackFragment, data);
  const [about, setAbout] = useState<About>('PLAN');
  const [meetingId, setMeetingId] = useState('');
  const [body, setBody] = useState('');
  const [errors, setErrors] = useState<{ body?: string; meetingId?: string; general?: string }>({});
  const [state, add] = useMutation(AddCaseFeedbackMutation);

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found: typeof errors = {};
    if (about === 'MEETING' && !meetingId) found.meetingId = t('caseFeedback.errors.meeting');
    if (!body.trim()) found.body = t('caseFeedback.errors.body');
    if (found.meetingId || found.body) {
      setErrors(found);
      document.getElementById(found.meetingId ? 'feedback-meeting' : 'feedback-body')?.focus();
      return;
    }
    const result = await add({
      caseId: sharedCase.id,
      about,
      body: body.trim(),
      meetingId: about === 'MEETING' ? meetingId : null,
    });
    const outcome = result.data?.addCaseFeedback;
    if (outcome?.__typename === 'AddCaseFeedbackSuccess') {
      setBody('');
      setErrors({});
      onChanged(t('caseFeedback.added'));
      return;
    }
    const failure = caseFailure(outcome, result.error, t('state.networkError'));
    if (failure?.path === 'body') setErrors({ body: failure.message });
    else if (failure?.path === 'meetingId') setErrors({ meetingId: failure.message });
    else setErrors({ general: failure?.message });
  }

  return (
    <section aria-labelledby="case-feedback-heading" className="section case-section">
      <h2 id="case-feedback-heading">{t('caseFeedback.heading')}</h2>
      {!sharedCase.access.plan ? (
        <p className="identity-missing">{t('caseFeedback.notAllowed')}</p>
      ) : (
        <>
          {sharedCase.feedback.length === 0 ? (
            <p className="muted">{t('caseFeedback.empty')}</p>
          ) : (
            <ul className="record-list">
              {sharedCase.feedback.map((feedback) => (
                <li key={`${feedback.createdAt}-${feedback.recordedBy.id}`} className="record">
                  <p className="record__title">
                    {feedback.about === 'MEETING' && feedback.meeting ? (
                      <>
                        {t('caseFeedback.aboutMeeting')}{' '}
                        <Link to={meetingPath(feedback.meeting)}>{feedback.meeting.title}</Link>
                      </>
                    ) : (
                      t(`enums.CaseFeedbackAbout.${feedback.about}`)
                    )}
                  </p>
                  <blockquote className="feedback__quote prewrap">{feedback.body}</blockquote>
                  <p className="muted">
                    {t('caseFeedback.recordedBy', {
                      organisation: feedback.recordedBy.name,
                      date: formatDateTime(feedback.createdAt, i18n.language),
                    })}
                  </p>
                </li>
              ))}
            </ul>
          )}
          {sharedCase.status !== 'CLOSED' && (
            <form
              className="form form--inline"
              noValidate
              onSubmit={submit}
              aria-labelledby="feedback-form-heading"
            >
              <h3 id="feedback-form-heading">{t('caseFeedback.addHeading')}</h3>
              <RadioGroup<About>
                id="feedback-about"
                name="feedback-about"
                legend={t('caseFeedback.about')}
                value={about}
                onChange={setAbout}
                choices={[
                  { value: 'PLAN', label: t('enums.CaseFeedbackAbout.PLAN') },
                  {
                    value: 'MEETING',
                    label: t('enums.CaseFeedbackAbout.MEETING'),
                    disabled: sharedCase.meetings.length === 0,
                    hint: sharedCase.meetings.length === 0 ? t('caseFeedback.noMeetings') : undefined,
                  },
                ]}
              />
              {about === 'MEETING' && (
                <SelectField
                  id="feedback-meeting"
                  label={t('caseFeedback.meeting')}
                  error={errors.meetingId}
                  value={meetingId}
                  onChange={(event) => setMeetingId(event.target.value)}
                >
                  <option value="">{t('caseFeedback.chooseMeeting')}</option>
                  {sharedCase.meetings.map((meeting) => (
                    <option key={meeting.id} value={meeting.id}>
                      {meeting.title}, {formatTimeRange(meeting.startsAt, meeting.endsAt, i18n.language)}
                    </option>
                  ))}
                </SelectField>
              )}
              <TextAreaField
                id="feedback-body"
                label={t('caseFeedback.body')}
                hint={t('caseFeedback.bodyHint')}
                rows={3}
                error={errors.body}
                value={body}
                onChange={(event) => setBody(event.target.value)}
              />
              {errors.general && (
                <p className="field__error" role="alert">
                  {errors.general}
                </p>
              )}
              <div>
                <button type="submit" className="button" disabled={state.fetching}>
                  {t('caseFeedback.add')}
                </button>
              </div>
            </form>
          )}
        </>
      )}
    </section>
  );
}

/** Meetings about the case in forums the organisation is a member of, earliest first. */
export function CaseMeetings({ data }: { data: FragmentOf<typeof CaseFeedbackFragment> }) {
  const { t, i18n } = useTranslation();
  const { meetings } = readFragment(CaseFeedbackFragment, data);
  return (
    <section aria-labelledby="case-meetings-heading" className="section case-section">
      <h2 id="case-meetings-heading">{t('caseMeetings.heading')}</h2>
      {meetings.length === 0 ? (
        <p className="muted">{t('caseMeetings.empty')}</p>
      ) : (
        <ul className="link-list">
          {meetings.map((meeting) => (
            <li key={meeting.id}>
              <Link to={meetingPath(meeting)}>{meeting.title}</Link>,{' '}
              <time dateTime={meeting.startsAt}>
                {formatTimeRange(meeting.startsAt, meeting.endsAt, i18n.language)}
              </time>
              {meeting.status !== 'SCHEDULED' &&
                ` (${t(`enums.MeetingStatus.${meeting.status}`).toLocaleLowerCase()})`}
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
