import type { Child } from 'hono/jsx';
import type { Translator } from '../i18n';
import type { FormState } from '../pipeline/forms';

interface FieldProps {
  form: FormState;
  name: string;
  label: string;
  hint?: string;
  type?: string;
  required?: boolean;
  autocomplete?: string;
  min?: number;
  max?: number;
}

/** The ids of a field's hint and error, for its aria-describedby. */
export const describedBy = (form: FormState, name: string, hint?: string) =>
  [hint ? `${name}-hint` : '', form.errors[name] ? `${name}-error` : ''].filter(Boolean).join(' ') || undefined;

/** A field's hint and its error message, with the ids `describedBy` points to. */
export function Messages({ form, name, hint }: { form: FormState; name: string; hint?: string }) {
  return (
    <>
      {hint && (
        <p class="hint" id={`${name}-hint`}>
          {hint}
        </p>
      )}
      {form.errors[name] && (
        <p class="field-error" id={`${name}-error`}>
          {form.errors[name]}
        </p>
      )}
    </>
  );
}

/** A labelled input whose error sits next to it and is announced with it. */
export function Field({ form, name, label, hint, type = 'text', required, autocomplete, min, max }: FieldProps) {
  return (
    <div class={`field${form.errors[name] ? ' has-error' : ''}`}>
      <label for={name}>{label}</label>
      <Messages form={form} name={name} hint={hint} />
      <input
        id={name}
        name={name}
        type={type}
        value={type === 'password' ? '' : (form.values[name] ?? '')}
        required={required}
        autocomplete={autocomplete}
        min={min}
        max={max}
        aria-invalid={form.errors[name] ? 'true' : undefined}
        aria-describedby={describedBy(form, name, hint)}
      />
    </div>
  );
}

/**
 * A password: a `new` one (register, reset, change) lets password managers suggest one and
 * carries the rule as its hint; a `current` one lets them fill it in. Never echoed back.
 */
export function PasswordField({
  form,
  name,
  label,
  hint,
  purpose,
}: Pick<FieldProps, 'form' | 'name' | 'label' | 'hint'> & { purpose: 'new' | 'current' }) {
  return (
    <Field
      form={form}
      name={name}
      label={label}
      hint={hint}
      type="password"
      autocomplete={purpose === 'new' ? 'new-password' : 'current-password'}
      required
    />
  );
}

export function TextArea({ form, name, label, hint, required }: Omit<FieldProps, 'type'>) {
  return (
    <div class={`field${form.errors[name] ? ' has-error' : ''}`}>
      <label for={name}>{label}</label>
      <Messages form={form} name={name} hint={hint} />
      <textarea
        id={name}
        name={name}
        rows={4}
        required={required}
        aria-invalid={form.errors[name] ? 'true' : undefined}
        aria-describedby={describedBy(form, name, hint)}
      >
        {form.values[name] ?? ''}
      </textarea>
    </div>
  );
}

export function Select({
  form,
  name,
  label,
  options,
  hint,
  required,
}: Omit<FieldProps, 'type'> & { options: { value: string; label: string }[] }) {
  return (
    <div class={`field${form.errors[name] ? ' has-error' : ''}`}>
      <label for={name}>{label}</label>
      <Messages form={form} name={name} hint={hint} />
      <select
        id={name}
        name={name}
        required={required}
        aria-invalid={form.errors[name] ? 'true' : undefined}
        aria-describedby={describedBy(form, name, hint)}
      >
        {options.map((o) => (
          <option value={o.value} selected={form.values[name] === o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </div>
  );
}

/** A checkbox whose label follows it; sends "on" when ticked. */
export function Checkbox({ form, name, label, hint }: Omit<FieldProps, 'type' | 'required'>) {
  return (
    <div class={`field${form.errors[name] ? ' has-error' : ''}`}>
      <label class="choice" for={name}>
        <input
          id={name}
          name={name}
          type="checkbox"
          checked={form.values[name] === 'on'}
          aria-describedby={describedBy(form, name, hint)}
        />
        <span>{label}</span>
      </label>
      <Messages form={form} name={name} hint={hint} />
    </div>
  );
}

/** At the top of a form that failed: what went wrong, each linking to its field (messages name their field). */
export function ErrorSummary({ tr, form }: { tr: Translator; form: FormState }) {
  const fields = Object.keys(form.errors);
  if (!form.error && fields.length === 0) return null;
  return (
    <div class="error-summary" role="alert" tabindex={-1} id="error-summary">
      <h2>{tr.t('form.errors_title')}</h2>
      {form.error && <p>{form.error}</p>}
      <ul>
        {fields.map((name) => (
          <li>
            <a href={`#${name}`}>{form.errors[name]}</a>
          </li>
        ))}
      </ul>
    </div>
  );
}

export function Notice({ children }: { children: Child }) {
  return (
    <div class="notice" role="status">
      {children}
    </div>
  );
}
