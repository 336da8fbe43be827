import { type FormEvent, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { useMutation } from 'urql';
import {
  CheckboxGroup,
  ErrorSummary,
  SelectField,
  type SummaryError,
  TextAreaField,
  TextField,
} from '../../ui/form.tsx';
import { mutationFailure } from '../../ui/user-error.ts';
import { type ActivityDraft, type DraftField, draftFieldFor, draftInput } from './activity-draft.ts';
import { COMMON_LANGUAGES, capitalise, languageName, weekdayNames } from './activity-format.ts';
import { CreateActivityMutation, UpdateActivityMutation } from './activity-mutations.ts';
import { activityPath } from './activity-paths.ts';
import { ExceptionDates } from './exception-dates.tsx';
import { PublishActivityMutation, publishedNotice } from './owner-panel.tsx';
import {
  ACTIVITY_CATEGORIES,
  ACTIVITY_SEASONS,
  type ActivityStatus,
  useMunicipalities,
} from './reference.ts';
import { WEEKDAYS, type Weekday } from './weekly-times.ts';

const fieldId = (field: DraftField) => `activity-${field}`;

/**
 * Every field of an activity, grouped as a reader asks about it: what, for whom, where, when,
 * cost and sign-up, languages and accessibility, contact. A new activity is saved as a draft, or
 * saved and published; an existing one is saved (and a draft can be published at once).
 */
export function ActivityForm({
  initial,
  existing,
  cancelTo,
}: {
  initial: ActivityDraft;
  /** The activity being edited; none for a new one. */
  existing?: { id: string; status: ActivityStatus } | undefined;
  cancelTo: string;
}) {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const [draft, setDraft] = useState(initial);
  const [errors, setErrors] = useState<Partial<Record<DraftField, string>>>({});
  const [summary, setSummary] = useState<SummaryError[]>([]);
  const [attempt, setAttempt] = useState(0);
  // Once a new activity is created, saving again changes it instead of making another.
  const [savedId, setSavedId] = useState<string | null>(existing?.id ?? null);
  const [createState, create] = useMutation(CreateActivityMutation);
  const [updateState, update] = useMutation(UpdateActivityMutation);
  const [publishState, publish] = useMutation(PublishActivityMutation);
  const busy = createState.fetching || updateState.fetching || publishState.fetching;
  const municipalities = useMunicipalities();
  const language = i18n.language;
  const set = <Key extends keyof ActivityDraft>(name: Key, value: ActivityDraft[Key]) =>
    setDraft((current) => ({ ...current, [name]: value }));
  const mayPublish = !existing || existing.status === 'DRAFT' || existing.status === 'UNPUBLISHED';
  const municipalityName = (code: string) => municipalities.list.find((m) => m.code === code)?.name ?? code;

  function show(found: Partial<Record<DraftField, string>>, general?: string) {
    setErrors(found);
    const list: SummaryError[] = Object.entries(found).map(([field, message]) => ({
      key: field,
      message: message ?? '',
      fieldId: fieldId(field as DraftField),
    }));
    if (general) list.push({ key: 'general', message: general });
    setSummary(list);
    setAttempt((n) => n + 1);
  }

  function showFailure(failure: { field: string | null; message: string } | null) {
    if (!failure) return;
    const field = draftFieldFor(failure.field);
    if (field) show({ [field]: failure.message });
    else show({}, failure.message);
  }

  async function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault();
    const submitter = (event.nativeEvent as SubmitEvent).submitter;
    const publishToo = submitter instanceof HTMLButtonElement && submitter.value === 'publish';
    const checked = draftInput(draft, t);
    if ('errors' in checked) {
      show(checked.errors);
      return;
    }
    let id = savedId;
    let status: ActivityStatus | undefined = existing?.status;
    if (id) {
      const result = await update({ activityId: id, input: checked.input });
      const outcome = result.data?.updateActivity;
      if (outcome?.__typename !== 'UpdateActivitySuccess') {
        showFailure(mutationFailure(outcome, result.error, t('state.networkError')));
        return;
      }
      status = outcome.activity.status;
    } else {
      const result = await create({ input: checked.input });
      const outcome = result.data?.createActivity;
      if (outcome?.__typename !== 'CreateActivitySuccess') {
        showFailure(mutationFailure(outcome, result.error, t('state.networkError')));
        return;
      }
      id = outcome.activity.id;
      status = outcome.activity.status;
      setSavedId(id);
    }
    let notice = existing ? t('activities.form.saved') : t('activities.form.draftSaved');
    if (publishToo && (status === 'DRAFT' || status === 'UNPUBLISHED')) {
      const result = await publish({ activityId: id });
      const outcome = result.data?.publishActivity;
      if (outcome?.__typename !== 'PublishActivitySuccess') {
        showFailure(mutationFailure(outcome, result.error, t('state.networkError')));
        return;
      }
      notice = publishedNotice(t, outcome.activity.status, municipalityName(checked.input.municipalityCode));
    }
    navigate(activityPath({ id }), { state: { notice } });
  }

  const weekdayLabels = weekdayNames(language);
  const collator = new Intl.Collator(language);
  const categories = ACTIVITY_CATEGORIES.map((category) => ({
    category,
    label: t(`enums.ActivityCategory.${category}`),
  })).sort((a, b) => collator.compare(a.label, b.label));

  return (
    <>
      <ErrorSummary title={t('activities.form.errorSummary')} errors={summary} attempt={attempt} />
      <form className="form activity-form" noValidate onSubmit={submit}>
        <section aria-labelledby="activity-form-about" className="activity-form__group">
          <h2 id="activity-form-about">{t('activities.form.about')}</h2>
          <TextField
            id={fieldId('title')}
            label={t('activities.form.title')}
            value={draft.title}
            maxLength={200}
            onChange={(event) => set('title', event.target.value)}
            error={errors.title}
          />
          <TextAreaField
            id={fieldId('description')}
            label={t('activities.form.description')}
            hint={t('activities.form.descriptionHint')}
            rows={5}
            value={draft.description}
            onChange={(event) => set('description', event.target.value)}
            error={errors.description}
          />
          <SelectField
            id={fieldId('category')}
            label={t('activities.form.category')}
            value={draft.category}
            onChange={(event) => {
              const value = ACTIVITY_CATEGORIES.find((category) => category === event.target.value);
              set('category', value ?? '');
            }}
            error={errors.category}
          >
            <option value="">{t('activities.form.chooseCategory')}</option>
            {categories.map(({ category, label }) => (
              <option key={category} value={category}>
                {label}
              </option>
            ))}
          </SelectField>
        </section>

        <section aria-labelledby="activity-form-who" className="activity-form__group">
          <h2 id="activity-form-who">{t('activities.form.who')}</h2>
          <p className="field__hint">{t('activities.form.ageHint')}</p>
          <div className="field-row">
            <TextField
              id={fieldId('minAge')}
              label={t('activities.form.minAge')}
              type="number"
              inputMode="numeric"
              min={0}
              max={30}
              value={draft.minAge}
              onChange={(event) => set('minAge', event.target.value)}
              error={errors.minAge}
            />
            <TextField
              id={fieldId('maxAge')}
              label={t('activities.form.maxAge')}
              type="number"
              inputMode="numeric"
              min={0}
              max={30}
              value={draft.maxAge}
              onChange={(event) => set('maxAge', event.target.value)}
              error={errors.maxAge}
            />
          </div>
        </section>

        <section aria-labelledby="activity-form-where" className="activity-form__group">
          <h2 id="activity-form-where">{t('activities.form.where')}</h2>
          <SelectField
            id={fieldId('municipalityCode')}
            label={t('activities.form.municipality')}
            value={draft.municipalityCode}
            onChange={(event) => set('municipalityCode', event.target.value)}
            error={errors.municipalityCode}
          >
            <option value="">{t('activities.form.chooseMunicipality')}</option>
            {draft.municipalityCode &&
              !municipalities.list.some((m) => m.code === draft.municipalityCode) && (
                <option value={draft.municipalityCode}>{draft.municipalityCode}</option>
              )}
            {municipalities.list.map((municipality) => (
              <option key={municipality.code} value={municipality.code}>
                {municipality.name}
              </option>
            ))}
          </SelectField>
          <TextField
            id={fieldId('place')}
            label={t('activities.form.place')}
            hint={t('activities.form.placeHint')}
            value={draft.place}
            onChange={(event) => set('place', event.target.value)}
            error={errors.place}
          />
        </section>

        <section aria-labelledby="activity-form-when" className="activity-form__group">
          <h2 id="activity-form-when">{t('activities.form.when')}</h2>
          <SelectField
            id={fieldId('season')}
            label={t('activities.form.season')}
            value={draft.season}
            onChange={(event) => {
              const value = ACTIVITY_SEASONS.find((season) => season === event.target.value);
              set('season', value ?? '');
            }}
            error={errors.season}
          >
            <option value="">{t('activities.form.chooseSeason')}</option>
            {ACTIVITY_SEASONS.map((season) => (
              <option key={season} value={season}>
                {t(`enums.ActivitySeason.${season}`)}
              </option>
            ))}
          </SelectField>
          <div className="field-row">
            <TextField
              id={fieldId('startsOn')}
              label={t('activities.form.startsOn')}
              type="date"
              value={draft.startsOn}
              onChange={(event) => set('startsOn', event.target.value)}
              error={errors.startsOn}
            />
            <TextField
              id={fieldId('endsOn')}
              label={t('activities.form.endsOn')}
              type="date"
              min={draft.startsOn || undefined}
              value={draft.endsOn}
              onChange={(event) => set('endsOn', event.target.value)}
              error={errors.endsOn}
            />
          </div>
          <CheckboxGroup<Weekday>
            id={fieldId('weekdays')}
            legend={t('activities.form.weekdays')}
            hint={
              draft.keptRule && draft.weekdays.size === 0
                ? `${t('activities.form.weekdaysHint')} ${t('activities.form.keptRule', { rule: draft.keptRule })}`
                : t('activities.form.weekdaysHint')
            }
            error={errors.weekdays}
            choices={WEEKDAYS.map((day, index) => ({
              value: day,
              label: capitalise(weekdayLabels[index] ?? day),
            }))}
            selected={draft.weekdays}
            onChange={(selected) => set('weekdays', selected)}
          />
          <div className="field-row">
            <TextField
              id={fieldId('startTime')}
              label={t('activities.form.startTime')}
              hint={t('activities.form.startTimeHint')}
              type="time"
              value={draft.startTime}
              onChange={(event) => set('startTime', event.target.value)}
              error={errors.startTime}
            />
            <TextField
              id={fieldId('durationMinutes')}
              label={t('activities.form.duration')}
              hint={t('activities.form.durationHint')}
              type="number"
              inputMode="numeric"
              min={1}
              max={1440}
              value={draft.durationMinutes}
              onChange={(event) => set('durationMinutes', event.target.value)}
              error={errors.durationMinutes}
            />
          </div>
          <ExceptionDates
            dates={draft.exceptionDates}
            min={draft.startsOn}
            max={draft.endsOn}
            error={errors.exceptionDates}
            onChange={(dates) => set('exceptionDates', dates)}
          />
        </section>

        <section aria-labelledby="activity-form-cost" className="activity-form__group">
          <h2 id="activity-form-cost">{t('activities.form.costHeading')}</h2>
          <div className="field-row">
            <TextField
              id={fieldId('costKronor')}
              label={t('activities.form.cost')}
              hint={t('activities.form.costHint')}
              type="number"
              inputMode="numeric"
              min={0}
              value={draft.costKronor}
              onChange={(event) => set('costKronor', event.target.value)}
              error={errors.costKronor}
            />
            <TextField
              id={fieldId('costNote')}
              label={t('activities.form.costNote')}
              hint={t('activities.form.costNoteHint')}
              value={draft.costNote}
              onChange={(event) => set('costNote', event.target.value)}
              error={errors.costNote}
            />
          </div>
          <TextAreaField
            id={fieldId('signUp')}
            label={t('activities.form.signUp')}
            rows={3}
            value={draft.signUp}
            onChange={(event) => set('signUp', event.target.value)}
            error={errors.signUp}
          />
          <TextField
            id={fieldId('signUpUrl')}
            label={t('activities.form.signUpUrl')}
            hint={t('activities.form.signUpUrlHint')}
            type="url"
            inputMode="url"
            autoComplete="url"
            value={draft.signUpUrl}
            onChange={(event) => set('signUpUrl', event.target.value)}
            error={errors.signUpUrl}
          />
          <div className="field-row">
            <TextField
              id={fieldId('capacity')}
              label={t('activities.form.capacity')}
              hint={t('activities.form.capacityHint')}
              type="number"
              inputMode="numeric"
              min={0}
              value={draft.capacity}
              onChange={(event) => set('capacity', event.target.value)}
              error={errors.capacity}
            />
            <TextField
              id={fieldId('placesLeft')}
              label={t('activities.form.placesLeft')}
              hint={t('activities.form.placesLeftHint')}
              type="number"
              inputMode="numeric"
              min={0}
              value={draft.placesLeft}
              onChange={(event) => set('placesLeft', event.target.value)}
              error={errors.placesLeft}
            />
          </div>
        </section>

        <section aria-labelledby="activity-form-languages" className="activity-form__group">
          <h2 id="activity-form-languages">{t('activities.form.languagesHeading')}</h2>
          <CheckboxGroup<string>
            id={fieldId('languages')}
            legend={t('activities.form.languages')}
            hint={t('activities.form.languagesHint')}
            error={errors.languages}
            choices={COMMON_LANGUAGES.map((code) => ({
              value: code,
              label: capitalise(languageName(code, language)),
            }))}
            selected={draft.languages}
            onChange={(selected) => set('languages', selected)}
          />
          <TextField
            id={fieldId('otherLanguages')}
            label={t('activities.form.otherLanguages')}
            hint={t('activities.form.otherLanguagesHint')}
            autoComplete="off"
            spellCheck={false}
            value={draft.otherLanguages}
            onChange={(event) => set('otherLanguages', event.target.value)}
            error={errors.otherLanguages}
          />
          <TextAreaField
            id={fieldId('accessibility')}
            label={t('activities.form.accessibility')}
            hint={t('activities.form.accessibilityHint')}
            rows={3}
            value={draft.accessibility}
            onChange={(event) => set('accessibility', event.target.value)}
            error={errors.accessibility}
          />
        </section>

        <section aria-labelledby="activity-form-contact" className="activity-form__group">
          <h2 id="activity-form-contact">{t('activities.form.contactHeading')}</h2>
          <p className="field__hint" id="activity-contact-hint">
            {t('activities.form.contactHint')}
          </p>
          <TextField
            id={fieldId('contactEmail')}
            label={t('activities.form.contactEmail')}
            type="email"
            inputMode="email"
            autoComplete="off"
            value={draft.contactEmail}
            onChange={(event) => set('contactEmail', event.target.value)}
            error={errors.contactEmail}
          />
          <TextField
            id={fieldId('contactPhone')}
            label={t('activities.form.contactPhone')}
            type="tel"
            autoComplete="off"
            value={draft.contactPhone}
            onChange={(event) => set('contactPhone', event.target.value)}
            error={errors.contactPhone}
          />
        </section>

        <div className="button-row">
          {existing ? (
            <button type="submit" name="intent" value="save" className="button" disabled={busy}>
              {t('activities.form.save')}
            </button>
          ) : (
            <button type="submit" name="intent" value="save" className="button" disabled={busy}>
              {t('activities.form.saveDraft')}
            </button>
          )}
          {mayPublish && (
            <button
              type="submit"
              name="intent"
              value="publish"
              className="button button--primary"
              disabled={busy}
            >
              {t('activities.form.saveAndPublish')}
            </button>
          )}
          <Link className="button" to={cancelTo}>
            {t('activities.form.cancel')}
          </Link>
        </div>
      </form>
    </>
  );
}
