import { useTranslation } from 'react-i18next';

/** The id the error summary links to for the exception dates (`activity-` + the API's field name). */
const id = 'activity-exceptionDates';

/** Days without the activity (holidays, breaks), each a date field of its own. */
export function ExceptionDates({
  dates,
  min,
  max,
  error,
  onChange,
}: {
  dates: readonly string[];
  min: string;
  max: string;
  error?: string | undefined;
  onChange: (dates: string[]) => void;
}) {
  const { t } = useTranslation();
  // The first field (or the add button when there is none) carries the id the error summary links to.
  const inputId = (index: number) => (index === 0 ? id : `${id}-${index}`);
  const described = [`${id}-hint`, error ? `${id}-error` : null].filter(Boolean).join(' ');
  return (
    <fieldset className={error ? 'fieldset field--error' : 'fieldset'} aria-describedby={described}>
      <legend>{t('activities.form.exceptions')}</legend>
      <p className="field__hint" id={`${id}-hint`}>
        {t('activities.form.exceptionsHint')}
      </p>
      {error && (
        <p className="field__error" id={`${id}-error`}>
          <span className="visually-hidden">{t('form.errorPrefix')} </span>
          {error}
        </p>
      )}
      <ul className="exception-dates">
        {dates.map((date, index) => (
          // biome-ignore lint/suspicious/noArrayIndexKey: the rows are positions; a date may be blank or repeated while typed
          <li key={index} className="exception-dates__row">
            <label htmlFor={inputId(index)}>{t('activities.form.exceptionDate', { n: index + 1 })}</label>
            <input
              id={inputId(index)}
              type="date"
              min={min || undefined}
              max={max || undefined}
              value={date}
              aria-invalid={error ? true : undefined}
              onChange={(event) => onChange(dates.map((d, i) => (i === index ? event.target.value : d)))}
            />
            <button
              type="button"
              className="button button--small"
              onClick={() => {
                onChange(dates.filter((_, i) => i !== index));
                // Focus would be lost with the removed row; the add button stays.
                requestAnimationFrame(() =>
                  (document.getElementById(`${id}-add`) ?? document.getElementById(id))?.focus(),
                );
              }}
            >
              {t('activities.form.removeException', { n: index + 1 })}
            </button>
          </li>
        ))}
      </ul>
      <button
        type="button"
        className="button button--small"
        id={dates.length === 0 ? id : `${id}-add`}
        onClick={() => {
          onChange([...dates, '']);
          requestAnimationFrame(() => document.getElementById(inputId(dates.length))?.focus());
        }}
      >
        {t('activities.form.addException')}
      </button>
    </fieldset>
  );
}
