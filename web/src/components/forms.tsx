import { useId, type InputHTMLAttributes, type ReactNode, type SelectHTMLAttributes, type TextareaHTMLAttributes } from 'react';
import type { OptionGroup } from '../lib/codes.js';

/** Messages under a field; each carries data-testid="error-<field>" so tests and tools can find them. */
function FieldErrors({ id, field, messages }: { id: string; field: string; messages?: readonly string[] }) {
  if (!messages?.length) return null;
  return (
    <div id={id} className="field-errors">
      {messages.map((m, i) => (
        <p key={i} className="field-error" data-testid={`error-${field}`}>
          {m}
        </p>
      ))}
    </div>
  );
}

interface FieldShellProps {
  /** Input name: the `field` path the API reports errors against. */
  name: string;
  label: string;
  required?: boolean;
  hint?: ReactNode;
  errors?: readonly string[];
  className?: string;
  children: (ids: { id: string; describedBy: string | undefined; invalid: boolean }) => ReactNode;
}

function FieldShell({ name, label, required, hint, errors, className, children }: FieldShellProps) {
  const id = `f-${name}-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors?.length ? `${id}-error` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${errors?.length ? ' field--invalid' : ''}${className ? ` ${className}` : ''}`}>
      <label htmlFor={id}>
        {label}
        {required ? (
          <span className="required" aria-hidden="true">
            *
          </span>
        ) : (
          <span className="optional">（选填）</span>
        )}
      </label>
      {children({ id, describedBy, invalid: !!errors?.length })}
      {hint ? (
        <p id={hintId} className="hint">
          {hint}
        </p>
      ) : null}
      <FieldErrors id={errorId ?? ''} field={name} messages={errors} />
    </div>
  );
}

type TextFieldProps = Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange' | 'value' | 'name' | 'required'> & {
  name: string;
  label: string;
  value: string;
  onValueChange: (value: string) => void;
  required?: boolean;
  hint?: ReactNode;
  errors?: readonly string[];
};

export function TextField({ name, label, value, onValueChange, required, hint, errors, className, ...input }: TextFieldProps) {
  return (
    <FieldShell name={name} label={label} required={required} hint={hint} errors={errors} className={className}>
      {({ id, describedBy, invalid }) => (
        <input
          {...input}
          id={id}
          name={name}
          value={value}
          onChange={(e) => onValueChange(e.target.value)}
          aria-required={required || undefined}
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy}
        />
      )}
    </FieldShell>
  );
}

type TextAreaFieldProps = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'onChange' | 'value' | 'name' | 'required'> & {
  name: string;
  label: string;
  value: string;
  onValueChange: (value: string) => void;
  required?: boolean;
  hint?: ReactNode;
  errors?: readonly string[];
};

/** A multi-line TextField. */
export function TextAreaField({ name, label, value, onValueChange, required, hint, errors, className, rows = 4, ...rest }: TextAreaFieldProps) {
  return (
    <FieldShell name={name} label={label} required={required} hint={hint} errors={errors} className={className}>
      {({ id, describedBy, invalid }) => (
        <textarea
          {...rest}
          id={id}
          name={name}
          rows={rows}
          value={value}
          onChange={(e) => onValueChange(e.target.value)}
          aria-required={required || undefined}
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy}
        />
      )}
    </FieldShell>
  );
}

type SelectFieldProps = Omit<SelectHTMLAttributes<HTMLSelectElement>, 'onChange' | 'value' | 'name' | 'required'> & {
  name: string;
  label: string;
  value: string;
  onValueChange: (value: string) => void;
  groups: readonly OptionGroup[];
  placeholder: string;
  required?: boolean;
  hint?: ReactNode;
  errors?: readonly string[];
};

export function SelectField({ name, label, value, onValueChange, groups, placeholder, required, hint, errors, className, ...select }: SelectFieldProps) {
  return (
    <FieldShell name={name} label={label} required={required} hint={hint} errors={errors} className={className}>
      {({ id, describedBy, invalid }) => (
        <select
          {...select}
          id={id}
          name={name}
          value={value}
          onChange={(e) => onValueChange(e.target.value)}
          aria-required={required || undefined}
          aria-invalid={invalid || undefined}
          aria-describedby={describedBy}
        >
          <option value="">{placeholder}</option>
          {groups.map((g) => (
            <optgroup key={g.label} label={g.label}>
              {g.options.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      )}
    </FieldShell>
  );
}

/** Errors about the whole form (field null, or a field the form does not show). */
export function FormAlert({ messages }: { messages: readonly string[] }) {
  if (!messages.length) return null;
  return (
    <div className="form-alert" role="alert">
      {messages.map((m, i) => (
        <p key={i} data-testid="form-error">
          {m}
        </p>
      ))}
    </div>
  );
}

/** Moves focus to the first field marked invalid, so keyboard and screen-reader users land on the problem. */
export function focusFirstInvalid(form: HTMLFormElement | null): void {
  const target = form?.querySelector<HTMLElement>('[aria-invalid="true"]') ?? form?.querySelector<HTMLElement>('.form-alert');
  if (!target) return;
  if (!target.hasAttribute('tabindex') && target.classList.contains('form-alert')) target.setAttribute('tabindex', '-1');
  target.focus();
}

/** The 筛选 (submit) and 重置 buttons of a filter form. */
export function FilterActions({ onReset }: { onReset: () => void }) {
  return (
    <div className="form__actions">
      <button type="submit" className="button button--primary">
        筛选
      </button>
      <button type="button" className="button button--ghost" onClick={onReset}>
        重置
      </button>
    </div>
  );
}
