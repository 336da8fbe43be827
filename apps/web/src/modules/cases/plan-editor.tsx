import { type FormEvent, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMutation } from 'urql';
import { graphql } from '../../graphql.ts';
import { parseIsoDate } from '../../ui/datetime.ts';
import { ErrorSummary, SelectField, TextAreaField, TextField } from '../../ui/form.tsx';
import { caseFailure, useFormErrors } from './case-errors.ts';
import { PLAN_ACTION_STATUSES, type PlanActionStatus } from './case-plan.tsx';

const SaveCasePlanMutation = graphql(`
  mutation SaveCasePlan($caseId: ID!, $input: CasePlanInput!) {
    saveCasePlan(caseId: $caseId, input: $input) {
      __typename
      ... on SaveCasePlanSuccess {
        case {
          id
          nextFollowUpOn
          plan {
            version
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

interface ActionDraft {
  key: number;
  id: string | null;
  organisationId: string;
  description: string;
  dueOn: string;
  status: PlanActionStatus;
}

interface EditablePlan {
  needs: string;
  goals: string;
  goalsInOwnWords: string;
  followUpOn: string | null;
  overallResponsible: { id: string } | null;
  actions: readonly {
    id: string;
    description: string;
    dueOn: string | null;
    status: PlanActionStatus;
    organisation: { id: string };
  }[];
}

/** The lead edits the whole plan and saves it as a new version; actions left out are removed. */
export function PlanEditor({
  caseId,
  plan,
  participants,
  onCancel,
  onSaved,
}: {
  caseId: string;
  plan: EditablePlan;
  participants: readonly { id: string; name: string }[];
  onCancel: () => void;
  onSaved: (version: number) => void;
}) {
  const { t } = useTranslation();
  const nextKey = useRef(plan.actions.length + 1);
  const addButton = useRef<HTMLButtonElement>(null);
  const [needs, setNeeds] = useState(plan.needs);
  const [goals, setGoals] = useState(plan.goals);
  const [goalsInOwnWords, setGoalsInOwnWords] = useState(plan.goalsInOwnWords);
  const [responsible, setResponsible] = useState(plan.overallResponsible?.id ?? '');
  const [followUpOn, setFollowUpOn] = useState(plan.followUpOn ?? '');
  const [actions, setActions] = useState<ActionDraft[]>(() =>
    plan.actions.map((action, index) => ({
      key: index + 1,
      id: action.id,
      organisationId: action.organisation.id,
      description: action.description,
      dueOn: action.dueOn ?? '',
      status: action.status,
    })),
  );
  const form = useFormErrors('plan');
  const { errors, id } = form;
  const [state, save] = useMutation(SaveCasePlanMutation);
  const setAction = (index: number, change: Partial<ActionDraft>) =>
    setActions((previous) =>
      previous.map((action, at) => (at === index ? { ...action, ...change } : action)),
    );

  async function submit(event: FormEvent) {
    event.preventDefault();
    const found: Record<string, string> = {};
    if (followUpOn && !parseIsoDate(followUpOn)) found['input.followUpOn'] = t('casePlan.errors.date');
    actions.forEach((action, index) => {
      if (!action.organisationId)
        found[`input.actions.${index}.organisationId`] = t('casePlan.errors.organisation');
      if (!action.description.trim())
        found[`input.actions.${index}.description`] = t('casePlan.errors.description', { n: index + 1 });
      if (action.dueOn && !parseIsoDate(action.dueOn))
        found[`input.actions.${index}.dueOn`] = t('casePlan.errors.date');
    });
    if (Object.keys(found).length > 0) {
      form.show(found);
      return;
    }
    const result = await save({
      caseId,
      input: {
        needs: needs.trim(),
        goals: goals.trim(),
        goalsInOwnWords: goalsInOwnWords.trim(),
        overallResponsibleOrganisationId: responsible || null,
        followUpOn: followUpOn || null,
        actions: actions.map((action) => ({
          id: action.id,
          organisationId: action.organisationId,
          description: action.description.trim(),
          dueOn: action.dueOn || null,
          status: action.status,
        })),
      },
    });
    const outcome = result.data?.saveCasePlan;
    if (outcome?.__typename === 'SaveCasePlanSuccess') {
      onSaved(outcome.case.plan?.version ?? 0);
      return;
    }
    form.showFailure(caseFailure(outcome, result.error, t('state.networkError')));
  }

  return (
    <>
      <ErrorSummary title={t('casePlan.errorSummary')} errors={form.summary} attempt={form.attempt} />
      <form className="form plan-editor" noValidate onSubmit={submit} aria-labelledby="plan-editor-heading">
        <h3 id="plan-editor-heading">{t('casePlan.editHeading')}</h3>
        <TextAreaField
          id={id('input.needs')}
          label={t('casePlan.needs')}
          rows={4}
          error={errors['input.needs']}
          value={needs}
          onChange={(event) => setNeeds(event.target.value)}
        />
        <TextAreaField
          id={id('input.goals')}
          label={t('casePlan.goals')}
          rows={3}
          error={errors['input.goals']}
          value={goals}
          onChange={(event) => setGoals(event.target.value)}
        />
        <TextAreaField
          id={id('input.goalsInOwnWords')}
          label={t('casePlan.goalsInOwnWords')}
          hint={t('casePlan.goalsInOwnWordsHint')}
          rows={3}
          error={errors['input.goalsInOwnWords']}
          value={goalsInOwnWords}
          onChange={(event) => setGoalsInOwnWords(event.target.value)}
        />
        <div className="field-row">
          <SelectField
            id={id('input.overallResponsibleOrganisationId')}
            label={t('casePlan.overallResponsible')}
            error={errors['input.overallResponsibleOrganisationId']}
            value={responsible}
            onChange={(event) => setResponsible(event.target.value)}
          >
            <option value="">{t('casePlan.chooseResponsible')}</option>
            {participants.map((organisation) => (
              <option key={organisation.id} value={organisation.id}>
                {organisation.name}
              </option>
            ))}
          </SelectField>
          <TextField
            id={id('input.followUpOn')}
            label={t('casePlan.followUp')}
            hint={t('casePlan.followUpHint')}
            type="date"
            error={errors['input.followUpOn']}
            value={followUpOn}
            onChange={(event) => setFollowUpOn(event.target.value)}
          />
        </div>
        <fieldset className="fieldset">
          <legend>{t('casePlan.actions')}</legend>
          {actions.length === 0 && <p className="muted">{t('casePlan.noActions')}</p>}
          {actions.map((action, index) => (
            <fieldset key={action.key} className="fieldset plan-editor__action">
              <legend>{t('casePlan.actionN', { n: index + 1 })}</legend>
              <SelectField
                id={id(`input.actions.${index}.organisationId`)}
                label={t('casePlan.who')}
                error={errors[`input.actions.${index}.organisationId`]}
                value={action.organisationId}
                onChange={(event) => setAction(index, { organisationId: event.target.value })}
              >
                <option value="">{t('casePlan.chooseOrganisation')}</option>
                {participants.map((organisation) => (
                  <option key={organisation.id} value={organisation.id}>
                    {organisation.name}
                  </option>
                ))}
              </SelectField>
              <TextAreaField
                id={id(`input.actions.${index}.description`)}
                label={t('casePlan.what')}
                rows={2}
                error={errors[`input.actions.${index}.description`]}
                value={action.description}
                onChange={(event) => setAction(index, { description: event.target.value })}
              />
              <div className="field-row">
                <TextField
                  id={id(`input.actions.${index}.dueOn`)}
                  label={t('casePlan.due')}
                  type="date"
                  error={errors[`input.actions.${index}.dueOn`]}
                  value={action.dueOn}
                  onChange={(event) => setAction(index, { dueOn: event.target.value })}
                />
                <SelectField
                  id={id(`input.actions.${index}.status`)}
                  label={t('casePlan.status')}
                  error={errors[`input.actions.${index}.status`]}
                  value={action.status}
                  onChange={(event) => setAction(index, { status: event.target.value as PlanActionStatus })}
                >
                  {PLAN_ACTION_STATUSES.map((status) => (
                    <option key={status} value={status}>
                      {t(`enums.PlanActionStatus.${status}`)}
                    </option>
                  ))}
                </SelectField>
              </div>
              <button
                type="button"
                className="button button--small"
                onClick={() => {
                  setActions((previous) => previous.filter((_, at) => at !== index));
                  addButton.current?.focus();
                }}
              >
                {t('casePlan.removeAction', { n: index + 1 })}
              </button>
            </fieldset>
          ))}
          <button
            type="button"
            className="button"
            ref={addButton}
            onClick={() => {
              const index = actions.length;
              setActions((previous) => [
                ...previous,
                {
                  key: nextKey.current++,
                  id: null,
                  organisationId: '',
                  description: '',
                  dueOn: '',
                  status: 'OPEN',
                },
              ]);
              requestAnimationFrame(() =>
                document.getElementById(id(`input.actions.${index}.organisationId`))?.focus(),
              );
            }}
          >
            {t('casePlan.addAction')}
          </button>
        </fieldset>
        <div className="button-row">
          <button type="submit" className="button button--primary" disabled={state.fetching}>
            {t('casePlan.save')}
          </button>
          <button type="button" className="button" onClick={onCancel}>
            {t('caseView.cancel')}
          </button>
        </div>
      </form>
    </>
  );
}
