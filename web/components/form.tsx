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

export interface SelectOption {
  value: string;
  label: string;
  /** The option's own language (a language's name in that language). */
  lang?: string;
}

export interface SelectGroup {
  label: string;
  options: SelectOption[];
  /** Attributes of its `<optgroup>`, e.g. `data-regulation` for the script that narrows device classes. */
  data?: Record<string, string>;
}

type SelectProps = Omit<FieldProps, 'type'> & {
  /** An option before every other, e.g. "nothing chosen". */
  first?: SelectOption;
  /** Attributes of the `<select>` itself (`data-*` for the page script). */
  data?: Record<string, string>;
} & ({ options: SelectOption[]; groups?: never } | { groups: SelectGroup[]; options?: never });

/**
 * The one select: plain options, or options in groups (suggested clusters first, device classes
 * per regulation, time zones per region). A single group without attributes shows no group label.
 */
export function Select(props: SelectProps) {
  const { form, name, label, hint, required, first, data = {} } = props;
  const option = (o: SelectOption) => (
    <option value={o.value} lang={o.lang} selected={(form.values[name] ?? '') === o.value}>
      {o.label}
    </option>
  );
  const groups = props.groups ?? [];
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
        {...data}
      >
        {first && option(first)}
        {props.options?.map(option)}
        {groups.map((g) =>
          groups.length === 1 && !g.data ? (
            g.options.map(option)
          ) : (
            <optgroup label={g.label} {...g.data}>
              {g.options.map(option)}
            </optgroup>
          ),
        )}
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

/** Boxes that post one value each under the same name; the form reader joins them with newlines. */
export function CheckboxGroup({
  form,
  name,
  legend,
  hint,
  options,
}: {
  form: FormState;
  name: string;
  legend: string;
  hint?: string;
  /** A `description` says in a sentence what ticking it means; its label is then the API's name for it (a scope), as code. */
  options: { value: string; label: string; description?: string }[];
}) {
  const chosen = new Set((form.values[name] ?? '').split('\n'));
  return (
    <fieldset
      class={`field${form.errors[name] ? ' has-error' : ''}`}
      id={name}
      aria-describedby={describedBy(form, name, hint)}
    >
      <legend>{legend}</legend>
      <Messages form={form} name={name} hint={hint} />
      {options.map((o) => (
        <label class="choice" for={`${name}-${o.value}`}>
          <input id={`${name}-${o.value}`} type="checkbox" name={name} value={o.value} checked={chosen.has(o.value)} />
          {o.description ? (
            <span>
              <code>{o.label}</code>
              <span class="choice-description">{o.description}</span>
            </span>
          ) : (
            <span>{o.label}</span>
          )}
        </label>
      ))}
    </fieldset>
  );
}
