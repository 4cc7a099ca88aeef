import { createContext, useContext, useState, type FormEvent } from 'react';
import { describeRequestError, type UserError } from '../../lib/errors.js';

export type Decision = 'APPROVE' | 'REJECT';

/** Told when a decision went through (the queue then drops the item and says so). */
export const ReviewOutcome = createContext<((label: string, decision: Decision) => void) | null>(null);

/**
 * Approve / reject (with a reason, required to reject) for one item of a review queue. `submit` sends the review
 * mutation and returns its payload errors; they are shown here in the API's Chinese words.
 */
export function ReviewActions({ label, submit }: { label: string; submit: (decision: Decision, reason: string | null) => Promise<readonly UserError[]> }) {
  const [rejecting, setRejecting] = useState(false);
  const [confirming, setConfirming] = useState(false);
  const outcome = useContext(ReviewOutcome);
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [errors, setErrors] = useState<readonly UserError[]>([]);

  async function send(decision: Decision) {
    setBusy(true);
    setErrors([]);
    try {
      const found = await submit(decision, decision === 'REJECT' ? reason.trim() || null : null);
      setErrors(found);
      if (!found.length) outcome?.(label, decision);
    } catch (err) {
      setErrors([{ code: 'REQUEST', message: describeRequestError(err) }]);
    } finally {
      setConfirming(false);
      setBusy(false);
    }
  }

  function reject(e: FormEvent<HTMLFormElement>) {
    e.preventDefault();
    void send('REJECT');
  }

  return (
    <div className="review-actions">
      {errors.length ? (
        <div className="form-alert" role="alert">
          {errors.map((e, i) => (
            <p key={i}>{e.message}</p>
          ))}
        </div>
      ) : null}
      {rejecting ? (
        <form onSubmit={reject} className="review-actions__reject" aria-label={`退回${label}`}>
          <label>
            退回理由（将告知申请方）
            <textarea value={reason} maxLength={500} rows={3} required onChange={(e) => setReason(e.target.value)} />
          </label>
          <div className="form__actions">
            <button type="submit" className="button button--primary" disabled={busy}>
              确认退回
            </button>
            <button type="button" className="button button--ghost" onClick={() => setRejecting(false)} disabled={busy}>
              取消
            </button>
          </div>
        </form>
      ) : confirming ? (
        <div className="review-actions__confirm" role="group" aria-label={`确认通过${label}`}>
          <p>确认审核通过「{label}」？通过后将立即生效并通知申请方。</p>
          <div className="form__actions">
            <button type="button" className="button button--primary" onClick={() => void send('APPROVE')} disabled={busy}>
              {busy ? '正在提交…' : '确认通过'}
            </button>
            <button type="button" className="button button--ghost" onClick={() => setConfirming(false)} disabled={busy}>
              取消
            </button>
          </div>
        </div>
      ) : (
        <div className="form__actions">
          <button type="button" className="button button--primary" onClick={() => setConfirming(true)} disabled={busy}>
            通过
          </button>
          <button type="button" className="button button--secondary" onClick={() => setRejecting(true)} disabled={busy}>
            退回
          </button>
        </div>
      )}
    </div>
  );
}
