import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useMutation } from 'urql';
import { type EnumValue, graphql } from '../../graphql.ts';
import { instantInZone, parseIsoDate, parseTime } from '../../ui/datetime.ts';
import { ErrorSummary, SelectField, type SummaryError, TextField } from '../../ui/form.tsx';
import { useDocumentTitle } from '../../ui/use-document-title.ts';
import { mutationFailure } from '../../ui/user-error.ts';

const CreatePollMutation = graphql(`
  mutation CreateSchedulingPoll($forumId: ID!, $input: SchedulingPollInput!) {
    createSchedulingPoll(forumId: $forumId, input: $input) {
      __typename
      ... on CreateSchedulingPollSuccess {
        poll {
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

type Mode = EnumValue<'MeetingMode'>;
const MODES: readonly Mode[] = ['IN_PERSON', 'DIGITAL', 'HYBRID'];
type Field = 'title' | 'duration' | 'place' | 'videoUrl' | 'candidates';
const API_FIELDS: Record<string, Field> = {
  title: 'title',
  durationMinutes: 'duration',
  place: 'place',
  videoUrl: 'videoUrl',
  candidates: 'candidates',
};
const FIELD_IDS: Record<Field, string> = {
  title: 'poll-title',
  duration: 'poll-duration',
  place: 'poll-place',
  videoUrl: 'poll-video',
  candidates: 'poll-date-0',
};

/** Starts a scheduling poll for a forum's first meeting: candidate times the members answer. */
export function NewPollPage() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const { id: forumId = '' } = useParams();
  useDocumentTitle(t('poll.newTitle'));
  const [title, setTitle] = useState('');
  const [duration, setDuration] = useState('90');
  const [mode, setMode] = useState<Mode>('IN_PERSON');
  const [place, setPlace] = useState('');
  const [videoUrl, setVideoUrl] = useState('');
  const [slots, setSlots] = useState([
    { date: '', time: '' },
    { date: '', time: '' },
  ]);
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [summary, setSummary] = useState<SummaryError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [state, create] = useMutation(CreatePollMutation);

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
    if (!title.trim()) found.title = t('schedule.errors.title');
    const minutes = Number(duration);
    if (!Number.isInteger(minutes) || minutes < 1 || minutes > 1440)
      found.duration = t('poll.errors.duration');
    const candidates = slots.flatMap((slot) => {
      const day = parseIsoDate(slot.date);
      const time = parseTime(slot.time);
      return day && time ? [instantInZone(day, time.hours, time.minutes).toISOString()] : [];
    });
    if (candidates.length < 2) found.candidates = t('poll.errors.candidates');
    if (Object.keys(found).length > 0) {
      show(found);
      return;
    }
    const result = await create({
      forumId,
      input: {
        title: title.trim(),
        durationMinutes: minutes,
        mode,
        place: mode === 'DIGITAL' ? null : place.trim() || null,
        videoUrl: mode === 'IN_PERSON' ? null : videoUrl.trim() || null,
        candidates,
      },
    });
    const outcome = result.data?.createSchedulingPoll;
    if (outcome?.__typename === 'CreateSchedulingPollSuccess') {
      navigate(`/forum/${encodeURIComponent(forumId)}/omrostningar/${encodeURIComponent(outcome.poll.id)}`);
      return;
    }
    const failure = mutationFailure(outcome, result.error, t('state.networkError'));
    const field = failure?.field ? API_FIELDS[failure.field.replace(/\.\d+$/, '')] : undefined;
    if (field && failure) show({ [field]: failure.message });
    else show({}, failure?.message);
  }

  return (
    <div className="page page--narrow">
      <p className="back-link">
        <Link to={`/forum/${encodeURIComponent(forumId)}`}>{t('poll.backToForum')}</Link>
      </p>
      <h1>{t('poll.newTitle')}</h1>
      <p className="lead">{t('poll.newIntro')}</p>
      <ErrorSummary title={t('poll.errorSummary')} errors={summary} attempt={attempt} />
      <form className="form" onSubmit={submit} noValidate>
        <TextField
          id="poll-title"
          label={t('schedule.meetingTitle')}
          value={title}
          onChange={(event) => setTitle(event.target.value)}
          error={errors.title}
        />
        <TextField
          id="poll-duration"
          label={t('poll.duration')}
          type="number"
          min={1}
          max={1440}
          inputMode="numeric"
          value={duration}
          onChange={(event) => setDuration(event.target.value)}
          error={errors.duration}
        />
        <SelectField
          id="poll-mode"
          label={t('meeting.mode')}
          value={mode}
          onChange={(event) => setMode(event.target.value as Mode)}
        >
          {MODES.map((value) => (
            <option key={value} value={value}>
              {t(`enums.MeetingMode.${value}`)}
            </option>
          ))}
        </SelectField>
        {mode !== 'DIGITAL' && (
          <TextField
            id="poll-place"
            label={t('meeting.place')}
            value={place}
            onChange={(event) => setPlace(event.target.value)}
            error={errors.place}
          />
        )}
        {mode !== 'IN_PERSON' && (
          <TextField
            id="poll-video"
            label={t('schedule.videoUrl')}
            type="url"
            value={videoUrl}
            onChange={(event) => setVideoUrl(event.target.value)}
            error={errors.videoUrl}
          />
        )}
        <fieldset className={errors.candidates ? 'fieldset field--error' : 'fieldset'}>
          <legend>{t('poll.candidates')}</legend>
          <p className="field__hint">{t('schedule.timeHint')}</p>
          {errors.candidates && <p className="field__error">{errors.candidates}</p>}
          {slots.map((slot, index) => (
            // Rows are only ever added at the end, so the index is a stable key.
            // biome-ignore lint/suspicious/noArrayIndexKey: see above
            <div className="field-row" key={index}>
              <TextField
                id={`poll-date-${index}`}
                label={t('poll.candidateDate', { n: index + 1 })}
                type="date"
                value={slot.date}
                onChange={(event) =>
                  setSlots(slots.map((s, i) => (i === index ? { ...s, date: event.target.value } : s)))
                }
              />
              <TextField
                id={`poll-time-${index}`}
                label={t('poll.candidateTime', { n: index + 1 })}
                type="time"
                value={slot.time}
                onChange={(event) =>
                  setSlots(slots.map((s, i) => (i === index ? { ...s, time: event.target.value } : s)))
                }
              />
            </div>
          ))}
          {slots.length < 20 && (
            <button
              type="button"
              className="button button--small"
              onClick={() => setSlots([...slots, { date: '', time: '' }])}
            >
              {t('poll.addCandidate')}
            </button>
          )}
        </fieldset>
        <div className="button-row">
          <button type="submit" className="button button--primary" disabled={state.fetching}>
            {t('poll.create')}
          </button>
        </div>
      </form>
    </div>
  );
}
