import {
  type InputHTMLAttributes,
  type ReactNode,
  type SelectHTMLAttributes,
  type TextareaHTMLAttributes,
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

/** A labelled textarea with an optional hint and error. */
export function TextAreaField({
  id,
  label,
  error,
  hint,
  ...textarea
}: FieldFrameProps & Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'id'>) {
  return (
    <FieldFrame id={id} label={label} error={error} hint={hint}>
      <textarea {...textarea} {...described({ id, label, error, hint })} />
    </FieldFrame>
  );
}

export interface Choice<Value extends string> {
  value: Value;
  label: string;
  /** Said under the choice's label. */
  hint?: string | undefined;
  disabled?: boolean | undefined;
}

interface GroupProps<Value extends string> {
  /** The first choice gets this id, so an error summary can link to the group; the others `${id}-n`. */
  id: string;
  legend: string;
  hint?: string | undefined;
  error?: string | undefined;
  choices: readonly Choice<Value>[];
}

function GroupFrame({
  id,
  legend,
  hint,
  error,
  children,
}: Omit<GroupProps<string>, 'choices'> & { children: ReactNode }) {
  const { t } = useTranslation();
  const ids = [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(' ');
  return (
    <fieldset className={error ? 'fieldset field--error' : 'fieldset'} aria-describedby={ids || undefined}>
      <legend>{legend}</legend>
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
    </fieldset>
  );
}

const choiceId = (id: string, index: number) => (index === 0 ? id : `${id}-${index}`);

/** A fieldset of checkboxes choosing any number of values. */
export function CheckboxGroup<Value extends string>({
  selected,
  onChange,
  ...group
}: GroupProps<Value> & { selected: ReadonlySet<Value>; onChange: (selected: Set<Value>) => void }) {
  return (
    <GroupFrame {...group}>
      {group.choices.map((choice, index) => (
        <ChoiceRow key={choice.value} id={choiceId(group.id, index)} choice={choice}>
          <input
            type="checkbox"
            id={choiceId(group.id, index)}
            checked={selected.has(choice.value)}
            disabled={choice.disabled}
            aria-describedby={choice.hint ? `${choiceId(group.id, index)}-hint` : undefined}
            onChange={(event) => {
              const next = new Set(selected);
              if (event.target.checked) next.add(choice.value);
              else next.delete(choice.value);
              onChange(next);
            }}
          />
        </ChoiceRow>
      ))}
    </GroupFrame>
  );
}

/** A fieldset of radio buttons choosing one value. */
export function RadioGroup<Value extends string>({
  name,
  value,
  onChange,
  ...group
}: GroupProps<Value> & { name: string; value: Value | ''; onChange: (value: Value) => void }) {
  return (
    <GroupFrame {...group}>
      {group.choices.map((choice, index) => (
        <ChoiceRow key={choice.value} id={choiceId(group.id, index)} choice={choice}>
          <input
            type="radio"
            name={name}
            id={choiceId(group.id, index)}
            value={choice.value}
            checked={value === choice.value}
            disabled={choice.disabled}
            aria-describedby={choice.hint ? `${choiceId(group.id, index)}-hint` : undefined}
            onChange={() => onChange(choice.value)}
          />
        </ChoiceRow>
      ))}
    </GroupFrame>
  );
}

function ChoiceRow({ id, choice, children }: { id: string; choice: Choice<string>; children: ReactNode }) {
  return (
    <div className={choice.hint ? 'checkbox checkbox--hinted' : 'checkbox'}>
      {children}
      <div>
        <label htmlFor={id}>{choice.label}</label>
        {choice.hint && (
          <p className="field__hint" id={`${id}-hint`}>
            {choice.hint}
          </p>
        )}
      </div>
    </div>
  );
}
