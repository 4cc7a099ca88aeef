import { useCallback, useEffect, useId, useRef, useState, useSyncExternalStore, type ReactNode } from 'react';

/**
 * Confirmation before destructive or binding actions, and a success message after them.
 *
 * The dialog is the native `<dialog>` opened with showModal(): the browser makes the rest of the page inert (focus
 * stays inside), closes it on Esc (as a cancel) and gives it role=dialog; focus returns to the button that opened it.
 */

export interface ConfirmOptions {
  /** The question, e.g. 确认撤销该对接？ */
  title: string;
  /** What happens, in one or two sentences. */
  message?: ReactNode;
  /** The confirming button's label (the action's own verb, e.g. 撤销对接). */
  confirmLabel: string;
  /** Red confirming button for destructive actions. */
  danger?: boolean;
}

interface Pending extends ConfirmOptions {
  resolve: (ok: boolean) => void;
}

/** `const [confirm, dialog] = useConfirm()`: render `dialog`, then `if (await confirm({...})) act()`. */
export function useConfirm(): [(options: ConfirmOptions) => Promise<boolean>, ReactNode] {
  const [pending, setPending] = useState<Pending | null>(null);
  const confirm = useCallback(
    (options: ConfirmOptions) =>
      new Promise<boolean>((resolve) => {
        setPending({ ...options, resolve });
      }),
    [],
  );
  const close = (ok: boolean) => {
    pending?.resolve(ok);
    setPending(null);
  };
  return [confirm, pending ? <ConfirmDialog key="confirm" {...pending} onClose={close} /> : null];
}

export function ConfirmDialog({ title, message, confirmLabel, danger, onClose }: ConfirmOptions & { onClose: (ok: boolean) => void }) {
  const ref = useRef<HTMLDialogElement>(null);
  const id = useId();
  useEffect(() => {
    const dialog = ref.current;
    const opener = document.activeElement as HTMLElement | null;
    if (dialog && !dialog.open) dialog.showModal();
    return () => opener?.focus?.();
  }, []);
  return (
    <dialog
      ref={ref}
      className="confirm-dialog"
      aria-labelledby={`${id}-title`}
      aria-describedby={message ? `${id}-message` : undefined}
      onCancel={(e) => {
        e.preventDefault();
        onClose(false);
      }}
    >
      <h2 id={`${id}-title`} className="confirm-dialog__title">
        {title}
      </h2>
      {message ? (
        <div id={`${id}-message`} className="confirm-dialog__message">
          {message}
        </div>
      ) : null}
      <div className="confirm-dialog__actions">
        <button type="button" className="button button--secondary" onClick={() => onClose(false)} autoFocus>
          取消
        </button>
        <button type="button" className={`button ${danger ? 'button--danger' : 'button--primary'}`} onClick={() => onClose(true)}>
          {confirmLabel}
        </button>
      </div>
    </dialog>
  );
}

// One list of success messages for the whole client (the status region sits in the layout, so a message survives
// the navigation that often follows a successful action).
let messages: { id: number; text: string }[] = [];
let nextId = 1;
const listeners = new Set<() => void>();
const emit = () => listeners.forEach((l) => l());

/** Announces a success (role=status, polite); it disappears after six seconds or when dismissed. */
export function showSuccess(text: string): void {
  const id = nextId++;
  messages = [...messages.slice(-2), { id, text }];
  emit();
  setTimeout(() => dismiss(id), 6000);
}

function dismiss(id: number) {
  messages = messages.filter((m) => m.id !== id);
  emit();
}

const subscribe = (l: () => void) => {
  listeners.add(l);
  return () => void listeners.delete(l);
};

/** The live region of success messages (rendered once, by the layout). */
export function Toaster() {
  const list = useSyncExternalStore(
    subscribe,
    () => messages,
    () => messages,
  );
  return (
    <div className="toaster" role="status" aria-live="polite">
      {list.map((m) => (
        <p key={m.id} className="toast">
          <span aria-hidden="true">✓ </span>
          {m.text}
          <button type="button" className="toast__close" aria-label="关闭提示" onClick={() => dismiss(m.id)}>
            ×
          </button>
        </p>
      ))}
    </div>
  );
}
