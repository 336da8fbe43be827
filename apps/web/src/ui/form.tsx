import {
  type InputHTMLAttributes,
  type ReactNode,
  type SelectHTMLAttributes,
  useEffect,
  useRef,
} from 'react';
import { useTranslation } from 'react-i18next';

/** One problem to list in an error summary; `fieldId` links it to the field to correct. */
export interface SummaryError {
  key: string;
  message: string;
  fieldId?: string | undefined;
}

/**
 * Lists what went wrong above a form. It sits in a live region (announced), and each time
 * `attempt` grows focus moves to it, so keyboard and screen reader users start where the
 * problems are; each item links to its field.
 */
export function ErrorSummary({
  title,
  errors,
  attempt,
}: {
  title: string;
  errors: SummaryError[];
  attempt: number;
}) {
  const ref = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (attempt > 0) ref.current?.focus();
  }, [attempt]);
  return (
    <div aria-live="polite">
      {errors.length > 0 && (
        <div className="error-summary" ref={ref} tabIndex={-1}>
          <h2 className="error-summary__title">{title}</h2>
          <ul>
            {errors.map(({ key, message, fieldId }) => (
              <li key={key}>
                {fieldId ? (
                  <a
                    href={`#${fieldId}`}
                    onClick={(event) => {
                      event.preventDefault();
                      document.getElementById(fieldId)?.focus();
                    }}
                  >
                    {message}
                  </a>
                ) : (
                  message
                )}
              </li>
            ))}
          </ul>
        </div>
      )}
    </div>
  );
}

interface FieldFrameProps {
  id: string;
  label: string;
  error?: string | undefined;
  hint?: string | undefined;
}

function FieldFrame({ id, label, error, hint, children }: FieldFrameProps & { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <div className={error ? 'field field--error' : 'field'}>
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p className="field__hint" id={`${id}-hint`}>
          {hint}
        </p>
      )}
      {error && (
        <p className="field__error" id={`${id}-error`}>
          <span className="visually-hidden">{t('form.errorPrefix')} </span>
          {error}
        </p>
      )}
      {children}
    </div>
  );
}

/** The ARIA that ties a control to its hint and error. */
function described({ id, error, hint }: FieldFrameProps) {
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ');
  return { id, 'aria-invalid': error ? true : undefined, 'aria-describedby': ids || undefined };
}

/** A labelled input with an optional hint and error (shown between label and input). */
export function TextField({
  id,
  label,
  error,
  hint,
  ...input
}: FieldFrameProps & Omit<InputHTMLAttributes<HTMLInputElement>, 'id'>) {
  return (
    <FieldFrame id={id} label={label} error={error} hint={hint}>
      <input {...input} {...described({ id, label, error, hint })} />
    </FieldFrame>
  );
}

/** A labelled select with an optional hint and error. */
export function SelectField({
  id,
  label,
  error,
  hint,
  children,
  ...select
}: FieldFrameProps & Omit<SelectHTMLAttributes<HTMLSelectElement>, 'id'>) {
  return (
    <FieldFrame id={id} label={label} error={error} hint={hint}>
      <select {...select} {...described({ id, label, error, hint })}>
        {children}
      </select>
    </FieldFrame>
  );
}
