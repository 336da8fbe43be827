import { type FormEvent, useDeferredValue, useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useClient, useMutation, useQuery } from 'urql';
import { type EnumValue, graphql, readFragment } from '../../graphql.ts';
import {
  calendarDateInZone,
  formatTimeRange,
  instantInZone,
  parseIsoDate,
  parseTime,
  timeInZone,
  toIsoDate,
} from '../../ui/datetime.ts';
import { ErrorSummary, SelectField, type SummaryError, TextField } from '../../ui/form.tsx';
import { mutationFailure } from '../../ui/user-error.ts';
import { buildRrule, type Repeat, repeats } from './recurrence.ts';

const MeetingClashesQuery = graphql(`
  query MeetingClashes($startsAt: DateTime!, $endsAt: DateTime!, $organisationIds: [ID!]!, $exceptMeetingId: ID) {
    meetingClashes(
      startsAt: $startsAt
      endsAt: $endsAt
      organisationIds: $organisationIds
      exceptMeetingId: $exceptMeetingId
    ) {
      organisation {
        id
        name
      }
      startsAt
      endsAt
      forumName
    }
  }
`);

const SuggestSlotsQuery = graphql(`
  query SuggestMeetingSlots(
    $organisationIds: [ID!]!
    $durationMinutes: Int!
    $from: DateTime!
    $to: DateTime!
    $inPerson: Boolean
  ) {
    suggestMeetingSlots(
      organisationIds: $organisationIds
      durationMinutes: $durationMinutes
      from: $from
      to: $to
      inPerson: $inPerson
      limit: 5
    ) {
      startsAt
      endsAt
    }
  }
`);

const SavedMeetingFragment = graphql(`
  fragment SavedMeeting on Meeting {
    id
    title
    startsAt
    endsAt
    mode
    place
    videoUrl
    status
    forum {
      id
      name
    }
  }
`);

const CreateMeetingMutation = graphql(
  `
  mutation CreateMeeting($forumId: ID!, $input: MeetingInput!) {
    createMeeting(forumId: $forumId, input: $input) {
      __typename
      ... on CreateMeetingSuccess {
        meeting {
          id
          ...SavedMeeting
        }
      }
      ... on UserError {
        message
        field
      }
    }
  }
`,
  [SavedMeetingFragment],
);

const UpdateMeetingMutation = graphql(
  `
  mutation UpdateMeeting($meetingId: ID!, $input: MeetingInput!) {
    updateMeeting(meetingId: $meetingId, input: $input) {
      __typename
      ... on UpdateMeetingSuccess {
        meeting {
          id
          ...SavedMeeting
        }
      }
      ... on UserError {
        message
        field
      }
    }
  }
`,
  [SavedMeetingFragment],
);

type Mode = EnumValue<'MeetingMode'>;
const MODES: readonly Mode[] = ['IN_PERSON', 'DIGITAL', 'HYBRID'];
const SUGGEST_DAYS = 28;

export interface ScheduleForum {
  id: string;
  members: readonly { id: string; name: string }[];
}

/** A meeting to move: its current values fill the form. */
export interface MovableMeeting {
  id: string;
  title: string;
  startsAt: string;
  endsAt: string;
  mode: Mode;
  place: string | null;
  videoUrl: string | null;
  invitees: readonly { organisation: { id: string }; guest: boolean; required: boolean }[];
}

export interface SavedMeeting {
  id: string;
  title: string;
  startsAt: string;
  forum: { id: string };
}

type Field = 'title' | 'date' | 'start' | 'end' | 'mode' | 'place' | 'videoUrl' | 'invitees' | 'recurrence';

/** The API's input field names, as the form's fields. */
const API_FIELDS: Record<string, Field> = {
  title: 'title',
  startsAt: 'start',
  endsAt: 'end',
  mode: 'mode',
  place: 'place',
  videoUrl: 'videoUrl',
  invitees: 'invitees',
  organisationIds: 'invitees',
  organisationId: 'invitees',
  recurrence: 'recurrence',
  durationMinutes: 'end',
};

/** The start and end the form describes, or undefined while it does not describe a time yet. */
function chosenTime(date: string, start: string, end: string) {
  const day = parseIsoDate(date);
  const from = parseTime(start);
  const to = parseTime(end);
  if (!day || !from || !to) return undefined;
  const startsAt = instantInZone(day, from.hours, from.minutes);
  const endsAt = instantInZone(day, to.hours, to.minutes);
  return endsAt > startsAt
    ? { day, startsAt: startsAt.toISOString(), endsAt: endsAt.toISOString() }
    : undefined;
}

/**
 * Plans a meeting of a forum, or moves one. As soon as the form names a time, it lists which
 * required invitees already have a meeting then; "Föreslå tider" offers free slots that fill it.
 * A native modal dialog: focus stays inside, Escape closes, and focus returns where it was.
 */
export function ScheduleDialog({
  forum,
  meeting,
  onClose,
  onSaved,
}: {
  forum: ScheduleForum;
  meeting?: MovableMeeting | undefined;
  onClose: () => void;
  onSaved: (meeting: SavedMeeting) => void;
}) {
  const { t, i18n } = useTranslation();
  const ids = useId();
  const id = (name: string) => `${ids}-${name}`;
  const dialogRef = useRef<HTMLDialogElement>(null);
  const client = useClient();

  const [title, setTitle] = useState(meeting?.title ?? '');
  const [date, setDate] = useState(meeting ? toIsoDate(calendarDateInZone(meeting.startsAt)) : '');
  const [start, setStart] = useState(meeting ? timeInZone(meeting.startsAt) : '');
  const [end, setEnd] = useState(meeting ? timeInZone(meeting.endsAt) : '');
  const [mode, setMode] = useState<Mode>(meeting?.mode ?? 'IN_PERSON');
  const [place, setPlace] = useState(meeting?.place ?? '');
  const [videoUrl, setVideoUrl] = useState(meeting?.videoUrl ?? '');
  const [invited, setInvited] = useState<ReadonlySet<string>>(
    () =>
      new Set(
        meeting
          ? meeting.invitees.filter((i) => !i.guest && i.required).map((i) => i.organisation.id)
          : forum.members.map((member) => member.id),
      ),
  );
  const [repeat, setRepeat] = useState<Repeat>('NONE');
  const [count, setCount] = useState('6');
  const [errors, setErrors] = useState<Partial<Record<Field, string>>>({});
  const [summary, setSummary] = useState<SummaryError[]>([]);
  const [attempt, setAttempt] = useState(0);
  const [suggestions, setSuggestions] = useState<{ startsAt: string; endsAt: string }[] | null>(null);
  const [suggesting, setSuggesting] = useState(false);
  const [suggestError, setSuggestError] = useState<string | null>(null);
  const [createState, create] = useMutation(CreateMeetingMutation);
  const [updateState, update] = useMutation(UpdateMeetingMutation);

  useEffect(() => {
    const dialog = dialogRef.current;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (dialog && !dialog.open) dialog.showModal();
    return () => {
      // Focus goes back to what opened the dialog, if it is still on the page.
      if (opener?.isConnected) opener.focus();
    };
  }, []);

  const organisationIds = forum.members.filter((member) => invited.has(member.id)).map((member) => member.id);
  const time = useDeferredValue(chosenTime(date, start, end));
  const [clashes] = useQuery({
    query: MeetingClashesQuery,
    variables: {
      startsAt: time?.startsAt ?? '',
      endsAt: time?.endsAt ?? '',
      organisationIds,
      exceptMeetingId: meeting?.id ?? null,
    },
    pause: !time || organisationIds.length === 0,
    requestPolicy: 'cache-and-network',
  });
  const clashList = time ? (clashes.data?.meetingClashes ?? []) : [];

  const fieldError = (field: Field) => errors[field];
  const fieldIdOf = (field: Field) => (field === 'invitees' ? id('invitee-0') : id(field));

  function showErrors(found: Partial<Record<Field, string>>, general?: string) {
    setErrors(found);
    const list: SummaryError[] = Object.entries(found).map(([field, message]) => ({
      key: field,
      message: message ?? '',
      fieldId: fieldIdOf(field as Field),
    }));
    if (general) list.push({ key: 'general', message: general });
    setSummary(list);
    setAttempt((n) => n + 1);
  }

  async function suggest() {
    setSuggestError(null);
    setSuggesting(true);
    const from = parseTime(start);
    const to = parseTime(end);
    const minutes = from && to ? to.hours * 60 + to.minutes - (from.hours * 60 + from.minutes) : 0;
    const now = new Date(Math.ceil(Date.now() / 60_000) * 60_000);
    const result = await client
      .query(
        SuggestSlotsQuery,
        {
          organisationIds,
          durationMinutes: minutes > 0 ? minutes : 60,
          from: now.toISOString(),
          to: new Date(now.getTime() + SUGGEST_DAYS * 86_400_000).toISOString(),
          inPerson: mode !== 'DIGITAL',
        },
        { requestPolicy: 'network-only' },
      )
      .toPromise();
    setSuggesting(false);
    if (result.data) {
      setSuggestions(result.data.suggestMeetingSlots);
      return;
    }
    const failure = mutationFailure(undefined, result.error, t('state.networkError'));
    const field = failure?.field ? API_FIELDS[failure.field] : undefined;
    if (field && failure) showErrors({ [field]: failure.message });
    else setSuggestError(failure?.message ?? t('state.networkError'));
  }

  function applySlot(slot: { startsAt: string; endsAt: string }) {
    setDate(toIsoDate(calendarDateInZone(slot.startsAt)));
    setStart(timeInZone(slot.startsAt));
    setEnd(timeInZone(slot.endsAt));
    setErrors((previous) => ({ ...previous, date: undefined, start: undefined, end: undefined }));
    document.getElementById(id('date'))?.focus();
  }

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found: Partial<Record<Field, string>> = {};
    if (!title.trim()) found.title = t('schedule.errors.title');
    const day = parseIsoDate(date);
    if (!day) found.date = t('schedule.errors.date');
    if (!parseTime(start)) found.start = t('schedule.errors.start');
    if (!parseTime(end)) found.end = t('schedule.errors.end');
    else if (day && parseTime(start) && !chosenTime(date, start, end))
      found.end = t('schedule.errors.endBeforeStart');
    if (organisationIds.length === 0) found.invitees = t('schedule.errors.invitees');
    const occurrences = Number(count);
    if (repeat !== 'NONE' && !(Number.isInteger(occurrences) && occurrences >= 2 && occurrences <= 52))
      found.recurrence = t('schedule.errors.count');
    const chosen = chosenTime(date, start, end);
    if (Object.keys(found).length > 0 || !chosen) {
      showErrors(found);
      return;
    }
    const guests = (meeting?.invitees ?? [])
      .filter((invitee) => invitee.guest)
      .map((invitee) => ({
        organisationId: invitee.organisation.id,
        guest: true,
        required: invitee.required,
      }));
    const input = {
      title: title.trim(),
      startsAt: chosen.startsAt,
      endsAt: chosen.endsAt,
      mode,
      place: mode === 'DIGITAL' ? null : place.trim() || null,
      videoUrl: mode === 'IN_PERSON' ? null : videoUrl.trim() || null,
      invitees: [...organisationIds.map((organisationId) => ({ organisationId, required: true })), ...guests],
      recurrence: meeting ? null : buildRrule(repeat, occurrences, chosen.day),
    };
    const result = meeting
      ? await update({ meetingId: meeting.id, input })
      : await create({ forumId: forum.id, input });
    const outcome =
      result.data && 'updateMeeting' in result.data
        ? result.data.updateMeeting
        : result.data && 'createMeeting' in result.data
          ? result.data.createMeeting
          : undefined;
    if (outcome && 'meeting' in outcome) {
      onSaved(readFragment(SavedMeetingFragment, outcome.meeting));
      return;
    }
    const failure = mutationFailure(outcome, result.error, t('state.networkError'));
    const field = failure?.field ? API_FIELDS[failure.field] : undefined;
    if (field && failure) showErrors({ [field]: failure.message });
    else showErrors({}, failure?.message ?? t('state.networkError'));
  }

  const saving = createState.fetching || updateState.fetching;
  const heading = meeting ? t('schedule.moveTitle') : t('schedule.title');
  const membersById = new Map(forum.members.map((member) => [member.id, member.name]));

  return (
    <dialog
      ref={dialogRef}
      className="dialog dialog--wide"
      aria-labelledby={id('heading')}
      onCancel={(event) => {
        event.preventDefault();
        onClose();
      }}
    >
      <h2 id={id('heading')}>{heading}</h2>
      <p className="field__hint">{t('schedule.timeHint')}</p>
      <ErrorSummary title={t('schedule.errorSummary')} errors={summary} attempt={attempt} />
      <form className="form" noValidate onSubmit={submit}>
        <TextField
          id={id('title')}
          label={t('schedule.meetingTitle')}
          value={title}
          onChange={(event) => setTitle(event.target.value)}
          error={fieldError('title')}
          autoComplete="off"
        />
        <div className="field-row">
          <TextField
            id={id('date')}
            label={t('schedule.date')}
            type="date"
            value={date}
            onChange={(event) => setDate(event.target.value)}
            error={fieldError('date')}
          />
          <TextField
            id={id('start')}
            label={t('schedule.start')}
            type="time"
            value={start}
            onChange={(event) => setStart(event.target.value)}
            error={fieldError('start')}
          />
          <TextField
            id={id('end')}
            label={t('schedule.end')}
            type="time"
            value={end}
            onChange={(event) => setEnd(event.target.value)}
            error={fieldError('end')}
          />
        </div>

        <div className="clashes" aria-live="polite">
          {clashList.length > 0 && (
            <div className="notice notice--warning">
              <p className="notice__title">{t('schedule.clashesTitle', { count: clashList.length })}</p>
              <ul>
                {clashList.map((clash) => (
                  <li key={`${clash.organisation.id}-${clash.startsAt}`}>
                    {t('schedule.clash', {
                      organisation: clash.organisation.name,
                      time: formatTimeRange(clash.startsAt, clash.endsAt, i18n.language).split(', ').at(-1),
                      forum: clash.forumName ?? t('schedule.otherMeeting'),
                    })}
                  </li>
                ))}
              </ul>
            </div>
          )}
          {time && clashes.data && clashList.length === 0 && (
            <p className="notice notice--ok">{t('schedule.noClashes')}</p>
          )}
        </div>

        <div className="suggest">
          <button type="button" className="button" onClick={suggest} disabled={suggesting}>
            {t('schedule.suggest')}
          </button>
          <div aria-live="polite">
            {suggesting && <p className="muted">{t('state.loading')}</p>}
            {suggestError && (
              <p className="field__error" role="alert">
                {suggestError}
              </p>
            )}
            {suggestions && !suggesting && (
              <>
                <p className="suggest__title">
                  {suggestions.length > 0
                    ? t('schedule.suggestionsTitle', { days: SUGGEST_DAYS })
                    : t('schedule.noSuggestions', { days: SUGGEST_DAYS })}
                </p>
                <ul className="suggest__list">
                  {suggestions.map((slot) => (
                    <li key={slot.startsAt}>
                      <button type="button" className="button button--small" onClick={() => applySlot(slot)}>
                        <span className="visually-hidden">{t('schedule.useSlot')} </span>
                        {formatTimeRange(slot.startsAt, slot.endsAt, i18n.language)}
                      </button>
                    </li>
                  ))}
                </ul>
              </>
            )}
          </div>
        </div>

        <SelectField
          id={id('mode')}
          label={t('meeting.mode')}
          value={mode}
          onChange={(event) => setMode(event.target.value as Mode)}
          error={fieldError('mode')}
        >
          {MODES.map((value) => (
            <option key={value} value={value}>
              {t(`enums.MeetingMode.${value}`)}
            </option>
          ))}
        </SelectField>
        {mode !== 'DIGITAL' && (
          <TextField
            id={id('place')}
            label={t('meeting.place')}
            value={place}
            onChange={(event) => setPlace(event.target.value)}
            error={fieldError('place')}
          />
        )}
        {mode !== 'IN_PERSON' && (
          <TextField
            id={id('videoUrl')}
            label={t('schedule.videoUrl')}
            type="url"
            inputMode="url"
            value={videoUrl}
            onChange={(event) => setVideoUrl(event.target.value)}
            error={fieldError('videoUrl')}
            hint={t('schedule.videoUrlHint')}
          />
        )}

        <fieldset
          className={fieldError('invitees') ? 'fieldset field--error' : 'fieldset'}
          aria-describedby={fieldError('invitees') ? id('invitees-error') : undefined}
        >
          <legend>{t('schedule.invitees')}</legend>
          {fieldError('invitees') && (
            <p className="field__error" id={id('invitees-error')}>
              {fieldError('invitees')}
            </p>
          )}
          {forum.members.map((member, index) => (
            <div className="checkbox" key={member.id}>
              <input
                type="checkbox"
                id={id(`invitee-${index}`)}
                checked={invited.has(member.id)}
                onChange={(event) => {
                  const next = new Set(invited);
                  if (event.target.checked) next.add(member.id);
                  else next.delete(member.id);
                  setInvited(next);
                }}
              />
              <label htmlFor={id(`invitee-${index}`)}>{membersById.get(member.id)}</label>
            </div>
          ))}
        </fieldset>

        {!meeting && (
          <div className="field-row">
            <SelectField
              id={id('recurrence')}
              label={t('schedule.repeat')}
              value={repeat}
              onChange={(event) => setRepeat(event.target.value as Repeat)}
              error={fieldError('recurrence')}
            >
              {repeats.map((value) => (
                <option key={value} value={value}>
                  {t(`schedule.repeats.${value}`)}
                </option>
              ))}
            </SelectField>
            {repeat !== 'NONE' && (
              <TextField
                id={id('count')}
                label={t('schedule.count')}
                type="number"
                min={2}
                max={52}
                inputMode="numeric"
                value={count}
                onChange={(event) => setCount(event.target.value)}
              />
            )}
          </div>
        )}

        <div className="dialog__actions">
          <button type="submit" className="button button--primary" disabled={saving}>
            {meeting ? t('schedule.saveMove') : t('schedule.save')}
          </button>
          <button type="button" className="button" onClick={onClose}>
            {t('schedule.cancel')}
          </button>
        </div>
      </form>
    </dialog>
  );
}
