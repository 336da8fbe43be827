import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useMutation, useQuery } from 'urql';
import { graphql, readFragment } from '../../graphql.ts';
import { Badge } from '../../ui/badge.tsx';
import { ConfirmDialog } from '../../ui/confirm-dialog.tsx';
import { formatTimeRange } from '../../ui/datetime.ts';
import { Loading, QueryError } from '../../ui/query-state.tsx';
import { safeHttpUrl } from '../../ui/safe-url.ts';
import { useDocumentTitle } from '../../ui/use-document-title.ts';
import { mutationFailure } from '../../ui/user-error.ts';
import { useViewer } from '../auth/viewer.ts';
import { ActionItemFragment } from './action-item.tsx';
import { MeetingActions } from './meeting-actions.tsx';
import { MeetingAgenda } from './meeting-agenda.tsx';
import { MeetingMinutes } from './meeting-minutes.tsx';
import { meetingPath } from './meeting-path.ts';
import { MeetingPulseFragment, MeetingPulseSection } from './meeting-pulse.tsx';
import { managesForum } from './permissions.ts';
import { MeetingInviteesFragment, RsvpButtons } from './rsvp-buttons.tsx';
import { ScheduleDialog } from './schedule-dialog.tsx';

const MeetingPageQuery = graphql(
  `
  query MeetingPage($meetingId: ID!) {
    meeting(id: $meetingId) {
      id
      title
      startsAt
      endsAt
      mode
      place
      videoUrl
      status
      recurrence
      originalStart
      minutes
      forum {
        id
        name
        status
        host {
          id
          name
        }
        members {
          id
          name
        }
        representatives {
          organisation {
            id
          }
          user {
            id
            displayName
          }
          deputy
        }
      }
      agendaItems {
        id
        position
        title
        presenter {
          id
          name
        }
        case {
          id
          reference
        }
      }
      decisions {
        text
        createdAt
      }
      carriedOverActions {
        id
        ...ActionItem
      }
      actions {
        id
        ...ActionItem
      }
      ...MeetingInvitees
      ...MeetingPulse
    }
  }
`,
  [ActionItemFragment, MeetingInviteesFragment, MeetingPulseFragment],
);

const CancelMeetingMutation = graphql(`
  mutation CancelMeeting($meetingId: ID!) {
    cancelMeeting(meetingId: $meetingId) {
      __typename
      ... on CancelMeetingSuccess {
        meeting {
          id
          status
        }
      }
      ... on UserError {
        message
        field
      }
    }
  }
`);

export function MeetingPage() {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const { meetingId = '' } = useParams();
  const [result, reexecute] = useQuery({ query: MeetingPageQuery, variables: { meetingId } });
  const [viewerResult] = useViewer();
  const viewer = viewerResult.data?.viewer;
  const [moving, setMoving] = useState(false);
  const [confirmCancel, setConfirmCancel] = useState(false);
  const [notice, setNotice] = useState<string | null>(null);
  const [actionError, setActionError] = useState<string | null>(null);
  const [, cancelMeeting] = useMutation(CancelMeetingMutation);

  const meeting = result.data?.meeting;
  const forum = meeting?.forum;
  const notFound = result.data && !meeting;
  useDocumentTitle(meeting ? meeting.title : notFound ? t('meetingPage.notFoundTitle') : undefined);
  const refresh = () => reexecute({ requestPolicy: 'network-only' });

  if (notFound) {
    return (
      <div className="page">
        <h1>{t('meetingPage.notFoundTitle')}</h1>
        <p>{t('meetingPage.notFound')}</p>
        <p>
          <Link to="/">{t('notFound.home')}</Link>
        </p>
      </div>
    );
  }
  if (result.error && !result.data) {
    return (
      <div className="page">
        <QueryError title={t('meetingPage.loadError')} error={result.error} onRetry={refresh} />
      </div>
    );
  }
  if (!forum || !meeting) return <Loading />;

  const hosts = managesForum(viewer, forum.host.id);
  const cancelled = meeting.status === 'CANCELLED';
  const videoUrl = safeHttpUrl(meeting.videoUrl);
  const invitees = readFragment(MeetingInviteesFragment, meeting).invitees;
  const own = invitees.find(
    (invitee) => invitee.organisation.id === viewer?.activeOrganisation?.id && !invitee.user,
  );

  async function doCancel() {
    setConfirmCancel(false);
    setActionError(null);
    if (!meeting) return;
    const outcome = await cancelMeeting({ meetingId: meeting.id });
    const data = outcome.data?.cancelMeeting;
    if (data?.__typename === 'CancelMeetingSuccess') {
      setNotice(t('meetingPage.cancelledNotice'));
      refresh();
    } else setActionError(mutationFailure(data, outcome.error, t('state.networkError'))?.message ?? null);
  }

  return (
    <div className="page">
      <p className="back-link">
        <Link to={`/forum/${encodeURIComponent(forum.id)}`}>
          {t('meetingPage.backToForum', { forum: forum.name })}
        </Link>
      </p>
      <h1>
        {meeting.title}
        {cancelled && <Badge tone="warning">{t('meeting.cancelled')}</Badge>}
      </h1>
      <div role="status">{notice && <p className="notice">{notice}</p>}</div>
      <dl className="facts">
        <div>
          <dt>{t('meeting.time')}</dt>
          <dd>
            <time dateTime={meeting.startsAt}>
              {formatTimeRange(meeting.startsAt, meeting.endsAt, i18n.language)}
            </time>
          </dd>
        </div>
        <div>
          <dt>{t('meeting.forum')}</dt>
          <dd>
            <Link to={`/forum/${encodeURIComponent(forum.id)}`}>{forum.name}</Link>
          </dd>
        </div>
        <div>
          <dt>{t('meeting.mode')}</dt>
          <dd>{t(`enums.MeetingMode.${meeting.mode}`)}</dd>
        </div>
        {meeting.place && (
          <div>
            <dt>{t('meeting.place')}</dt>
            <dd>{meeting.place}</dd>
          </div>
        )}
        {videoUrl && (
          <div>
            <dt>{t('meeting.video')}</dt>
            <dd>
              <a href={videoUrl}>{t('meeting.videoLink')}</a>
            </dd>
          </div>
        )}
        {meeting.recurrence && (
          <div>
            <dt>{t('meetingPage.series')}</dt>
            <dd>{t('meetingPage.partOfSeries')}</dd>
          </div>
        )}
      </dl>
      <p>
        <a href={`/meetings/${encodeURIComponent(meeting.id)}.ics`} download>
          {t('meetingPage.downloadIcs')}
        </a>
      </p>

      {hosts && !cancelled && (
        <div className="button-row">
          <button type="button" className="button" onClick={() => setMoving(true)}>
            {t('meetingPage.move')}
          </button>
          <button
            type="button"
            className="button button--danger-outline"
            onClick={() => setConfirmCancel(true)}
          >
            {t('meetingPage.cancel')}
          </button>
        </div>
      )}
      {actionError && (
        <p className="field__error" role="alert">
          {actionError}
        </p>
      )}

      {own && !cancelled && (
        <section aria-labelledby="rsvp-heading" className="section">
          <h2 id="rsvp-heading">{t('meetingPage.yourAnswer')}</h2>
          <p>{t('meetingPage.answerFor', { organisation: own.organisation.name })}</p>
          <RsvpButtons
            meetingId={meeting.id}
            meetingTitle={meeting.title}
            current={own.rsvp}
            deputies={forum.representatives
              .filter((r) => r.organisation.id === own.organisation.id && r.user.id !== viewer?.user.id)
              .map((r) => r.user)}
            onAnswered={(answer) =>
              setNotice(t('meetingPage.answered', { answer: t(`rsvp.answer.${answer}`) }))
            }
          />
        </section>
      )}

      <MeetingPulseSection key={meeting.id} data={meeting} onAnswered={refresh} />

      <section aria-labelledby="invitees-heading" className="section">
        <h2 id="invitees-heading">{t('meetingPage.invitees')}</h2>
        <div className="table-scroll">
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">{t('meetingPage.organisation')}</th>
                <th scope="col">{t('meetingPage.answer')}</th>
                <th scope="col">{t('meetingPage.required')}</th>
                <th scope="col">{t('meetingPage.attended')}</th>
              </tr>
            </thead>
            <tbody>
              {invitees.map((invitee) => (
                <tr key={`${invitee.organisation.id}-${invitee.user?.id ?? ''}`}>
                  <th scope="row">
                    {invitee.organisation.name}
                    {invitee.user && `, ${invitee.user.displayName}`}
                    {invitee.guest && ` (${t('meetingPage.guest')})`}
                  </th>
                  <td>
                    {t(`rsvp.status.${invitee.rsvp}`)}
                    {invitee.deputy && `, ${t('meetingPage.deputy', { name: invitee.deputy.displayName })}`}
                  </td>
                  <td>{invitee.required ? t('meetingPage.yes') : t('meetingPage.no')}</td>
                  <td>
                    {invitee.attended === null
                      ? '–'
                      : invitee.attended
                        ? t('meetingPage.yes')
                        : t('meetingPage.no')}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      </section>

      <MeetingAgenda
        meetingId={meeting.id}
        items={meeting.agendaItems}
        carriedOver={meeting.carriedOverActions}
        members={forum.members}
        viewer={viewer}
        editable={hosts && !cancelled}
        onChanged={refresh}
      />
      <MeetingMinutes
        meetingId={meeting.id}
        minutes={meeting.minutes}
        decisions={meeting.decisions}
        invitees={invitees}
        editable={hosts && !cancelled}
        onSaved={refresh}
      />
      <MeetingActions
        meetingId={meeting.id}
        actions={meeting.actions}
        members={forum.members}
        viewer={viewer}
        editable={hosts && !cancelled}
        onChanged={refresh}
      />

      <ConfirmDialog
        open={confirmCancel}
        title={t('meetingPage.cancelConfirmTitle')}
        body={t('meetingPage.cancelConfirmBody', { title: meeting.title })}
        confirmLabel={t('meetingPage.cancelConfirm')}
        cancelLabel={t('meetingPage.keep')}
        onConfirm={doCancel}
        onCancel={() => setConfirmCancel(false)}
      />
      {moving && (
        <ScheduleDialog
          forum={forum}
          meeting={{ ...meeting, invitees }}
          onClose={() => setMoving(false)}
          onSaved={(saved) => {
            setMoving(false);
            setNotice(t('meetingPage.movedNotice'));
            navigate(meetingPath(saved), { replace: true });
          }}
        />
      )}
    </div>
  );
}
