import { useId, type ReactNode, type TextareaHTMLAttributes } from 'react';

type TextAreaFieldProps = Omit<TextareaHTMLAttributes<HTMLTextAreaElement>, 'onChange' | 'value' | 'name' | 'required'> & {
  /** Input name: the `field` path the API reports errors against. */
  name: string;
  label: string;
  value: string;
  onValueChange: (value: string) => void;
  required?: boolean;
  hint?: ReactNode;
  errors?: readonly string[];
};

/** A multi-line field shaped like forms.tsx's TextField (label, hint, errors with data-testid="error-<name>"). */
export function TextAreaField({ name, label, value, onValueChange, required, hint, errors, className, rows = 4, ...rest }: TextAreaFieldProps) {
  const id = `f-${name}-${useId().replace(/[^a-zA-Z0-9_-]/g, '')}`;
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = errors?.length ? `${id}-error` : undefined;
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
      <textarea
        {...rest}
        id={id}
        name={name}
        rows={rows}
        value={value}
        onChange={(e) => onValueChange(e.target.value)}
        aria-required={required || undefined}
        aria-invalid={errors?.length ? true : undefined}
        aria-describedby={[errorId, hintId].filter(Boolean).join(' ') || undefined}
      />
      {hint ? (
        <p id={hintId} className="hint">
          {hint}
        </p>
      ) : null}
      {errors?.length ? (
        <div id={errorId} className="field-errors">
          {errors.map((m, i) => (
            <p key={i} className="field-error" data-testid={`error-${name}`}>
              {m}
            </p>
          ))}
        </div>
      ) : null}
    </div>
  );
}

/** Strips the `input.` prefix some services put on field paths. */
export function fieldOf(field: string | null | undefined): string | null {
  return field ? field.replace(/^input\./, '') : null;
}
