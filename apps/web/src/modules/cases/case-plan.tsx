import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { type EnumValue, type FragmentOf, graphql, type ResultOf, readFragment } from '../../graphql.ts';
import { Badge } from '../../ui/badge.tsx';
import { formatCalendarDate, formatDateTime } from '../../ui/datetime.ts';
import { mutationFailure } from '../../ui/user-error.ts';
import { PlanEditor } from './plan-editor.tsx';
import { organisationNames, parsePlanSnapshot } from './plan-snapshot.ts';

export const CasePlanFragment = graphql(`
  fragment CasePlan on SharedCase {
    id
    status
    viewerIsLead
    participants {
      id
      name
    }
    plan {
      version
      updatedAt
      needs
      goals
      goalsInOwnWords
      followUpOn
      overallResponsible {
        id
        name
      }
      actions {
        id
        description
        dueOn
        status
        overdue
        completedAt
        organisation {
          id
          name
        }
      }
      versions {
        version
        savedAt
        snapshot
      }
    }
  }
`);

const SetCasePlanActionStatusMutation = graphql(`
  mutation SetCasePlanActionStatus($actionId: ID!, $status: PlanActionStatus!) {
    setCasePlanActionStatus(actionId: $actionId, status: $status) {
      __typename
      ... on SetCasePlanActionStatusSuccess {
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

export type PlanActionStatus = EnumValue<'PlanActionStatus'>;
export const PLAN_ACTION_STATUSES: readonly PlanActionStatus[] = ['OPEN', 'IN_PROGRESS', 'DONE', 'CANCELLED'];

type Plan = NonNullable<ResultOf<typeof CasePlanFragment>['plan']>;
type Action = Plan['actions'][number];

/**
 * The coordinated plan: needs, goals (also in the person's words), who holds overall
 * responsibility, the follow-up, and each organisation's actions with due dates. The organisation
 * that owns an action moves it along; the lead edits the whole plan, which saves a new version.
 */
export function CasePlanSection({
  data,
  organisationId,
  onChanged,
}: {
  data: FragmentOf<typeof CasePlanFragment>;
  organisationId: string | undefined;
  onChanged: (notice: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const sharedCase = readFragment(CasePlanFragment, data);
  const { plan } = sharedCase;
  const [editing, setEditing] = useState(false);
  const closed = sharedCase.status === 'CLOSED';

  let body: ReactNode;
  if (!plan) body = <p className="identity-missing">{t('casePlan.notAllowed')}</p>;
  else if (editing)
    body = (
      <PlanEditor
        caseId={sharedCase.id}
        plan={plan}
        participants={sharedCase.participants}
        onCancel={() => setEditing(false)}
        onSaved={(version) => {
          setEditing(false);
          onChanged(t('casePlan.saved', { version }));
        }}
      />
    );
  else {
    const byOrganisation = new Map<string, { name: string; actions: Action[] }>();
    for (const action of plan.actions) {
      const group = byOrganisation.get(action.organisation.id) ?? {
        name: action.organisation.name,
        actions: [],
      };
      group.actions.push(action);
      byOrganisation.set(action.organisation.id, group);
    }
    const empty = !plan.needs && !plan.goals && !plan.goalsInOwnWords && plan.actions.length === 0;
    body = (
      <>
        {empty && <p className="muted">{t('casePlan.empty')}</p>}
        <dl className="facts plan-facts">
          <div>
            <dt>{t('casePlan.needs')}</dt>
            <dd className="prewrap">{plan.needs || '–'}</dd>
          </div>
          <div>
            <dt>{t('casePlan.goals')}</dt>
            <dd className="prewrap">{plan.goals || '–'}</dd>
          </div>
          <div>
            <dt>{t('casePlan.goalsInOwnWords')}</dt>
            <dd className="prewrap">{plan.goalsInOwnWords ? `”${plan.goalsInOwnWords}”` : '–'}</dd>
          </div>
          <div>
            <dt>{t('casePlan.overallResponsible')}</dt>
            <dd>{plan.overallResponsible?.name ?? t('casePlan.noneChosen')}</dd>
          </div>
          <div>
            <dt>{t('casePlan.followUp')}</dt>
            <dd>
              {plan.followUpOn ? (
                <time dateTime={plan.followUpOn}>{formatCalendarDate(plan.followUpOn, i18n.language)}</time>
              ) : (
                t('casePlan.noneChosen')
              )}
            </dd>
          </div>
        </dl>
        <h3>{t('casePlan.actions')}</h3>
        {plan.actions.length === 0 ? (
          <p className="muted">{t('casePlan.noActions')}</p>
        ) : (
          [...byOrganisation].map(([id, group]) => (
            <div key={id} className="plan-group">
              <h4>{group.name}</h4>
              <ul className="plan-actions">
                {group.actions.map((action) => (
                  <li key={action.id}>
                    <PlanActionRow
                      action={action}
                      mayChange={
                        !closed && (sharedCase.viewerIsLead || action.organisation.id === organisationId)
                      }
                      onChanged={onChanged}
                    />
                  </li>
                ))}
              </ul>
            </div>
          ))
        )}
        {sharedCase.viewerIsLead && !closed && (
          <div className="button-row">
            <button type="button" className="button" onClick={() => setEditing(true)}>
              {t('casePlan.edit')}
            </button>
          </div>
        )}
        <p className="muted">
          {t('casePlan.versionLine', {
            version: plan.version,
            date: formatDateTime(plan.updatedAt, i18n.language),
          })}
        </p>
        <PlanVersions versions={plan.versions} participants={sharedCase.participants} />
      </>
    );
  }

  return (
    <section aria-labelledby="case-plan-heading" className="section case-section">
      <h2 id="case-plan-heading">{t('casePlan.heading')}</h2>
      {body}
    </section>
  );
}

function PlanActionRow({
  action,
  mayChange,
  onChanged,
}: {
  action: Action;
  mayChange: boolean;
  onChanged: (notice: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const [state, setStatus] = useMutation(SetCasePlanActionStatusMutation);
  const [error, setError] = useState<string | null>(null);

  async function change(status: PlanActionStatus) {
    setError(null);
    const result = await setStatus({ actionId: action.id, status });
    const outcome = result.data?.setCasePlanActionStatus;
    if (outcome?.__typename === 'SetCasePlanActionStatusSuccess') {
      onChanged(
        t('casePlan.statusChanged', {
          action: action.description,
          status: t(`enums.PlanActionStatus.${status}`).toLocaleLowerCase(),
        }),
      );
      return;
    }
    setError(mutationFailure(outcome, result.error, t('state.networkError'))?.message ?? null);
  }

  return (
    <article className={action.overdue ? 'plan-action plan-action--overdue' : 'plan-action'}>
      <p className="plan-action__what">{action.description}</p>
      <p className="plan-action__facts">
        <span>
          {t('casePlan.status')}: {t(`enums.PlanActionStatus.${action.status}`)}
        </span>
        <span>
          {t('casePlan.due')}:{' '}
          {action.dueOn ? (
            <time dateTime={action.dueOn}>{formatCalendarDate(action.dueOn, i18n.language)}</time>
          ) : (
            t('casePlan.noDue')
          )}
          {action.overdue && (
            <>
              {' '}
              <Badge tone="warning">{t('cases.overdue')}</Badge>
            </>
          )}
        </span>
      </p>
      {mayChange && (
        <div className="button-row plan-action__buttons">
          {PLAN_ACTION_STATUSES.filter((status) => status !== action.status).map((status) => (
            <button
              key={status}
              type="button"
              className="button button--small"
              disabled={state.fetching}
              onClick={() => change(status)}
            >
              {t(`casePlan.setStatus.${status}`)}
              <span className="visually-hidden">: {action.description}</span>
            </button>
          ))}
        </div>
      )}
      {error && (
        <p className="field__error" role="alert">
          {error}
        </p>
      )}
    </article>
  );
}

function PlanVersions({
  versions,
  participants,
}: {
  versions: Plan['versions'];
  participants: readonly { id: string; name: string }[];
}) {
  const { t, i18n } = useTranslation();
  if (versions.length === 0) return null;
  const names = organisationNames(participants);
  const nameOf = (id: string | null) =>
    id ? (names.get(id) ?? t('casePlan.formerParticipant')) : t('casePlan.noneChosen');
  return (
    <>
      <h3>{t('casePlan.versions')}</h3>
      <ul className="plan-versions">
        {versions.map((version) => {
          const snapshot = parsePlanSnapshot(version.snapshot);
          return (
            <li key={version.version}>
              <details>
                <summary>
                  {t('casePlan.versionSummary', {
                    version: version.version,
                    date: formatDateTime(version.savedAt, i18n.language),
                  })}
                </summary>
                {snapshot ? (
                  <dl className="facts">
                    <div>
                      <dt>{t('casePlan.needs')}</dt>
                      <dd className="prewrap">{snapshot.needs || '–'}</dd>
                    </div>
                    <div>
                      <dt>{t('casePlan.goals')}</dt>
                      <dd className="prewrap">{snapshot.goals || '–'}</dd>
                    </div>
                    <div>
                      <dt>{t('casePlan.goalsInOwnWords')}</dt>
                      <dd className="prewrap">{snapshot.goalsInOwnWords || '–'}</dd>
                    </div>
                    <div>
                      <dt>{t('casePlan.overallResponsible')}</dt>
                      <dd>{nameOf(snapshot.overallResponsibleOrganisationId)}</dd>
                    </div>
                    <div>
                      <dt>{t('casePlan.followUp')}</dt>
                      <dd>
                        {snapshot.followUpOn
                          ? formatCalendarDate(snapshot.followUpOn, i18n.language)
                          : t('casePlan.noneChosen')}
                      </dd>
                    </div>
                    <div>
                      <dt>{t('casePlan.actions')}</dt>
                      <dd>
                        {snapshot.actions.length === 0 ? (
                          '–'
                        ) : (
                          <ul>
                            {snapshot.actions.map((action, index) => (
                              // biome-ignore lint/suspicious/noArrayIndexKey: a saved version never changes
                              <li key={index}>
                                {nameOf(action.organisationId)}: {action.description}
                                {action.dueOn && `, ${formatCalendarDate(action.dueOn, i18n.language)}`} (
                                {t(`enums.PlanActionStatus.${action.status}`).toLocaleLowerCase()})
                              </li>
                            ))}
                          </ul>
                        )}
                      </dd>
                    </div>
                  </dl>
                ) : (
                  <p className="muted">{t('casePlan.versionUnreadable')}</p>
                )}
              </details>
            </li>
          );
        })}
      </ul>
    </>
  );
}
