import { graphql } from '../../gql/index.js';
import type { ConditionOutcome, MatchExplanationFragment, MatchVerdict } from '../../gql/graphql.js';
import { Link } from '../../lib/router.js';
import './policy.css';
import { ConditionOutcomeLabel, MatchVerdictLabel } from '../../gql/labels.js';
import { inOrder } from '../../lib/codes.js';

/** What a match says about an enterprise and a policy: shared by /policy/for-me and the policy page. */
export const MatchExplanationFragmentDoc = graphql(`
  fragment MatchExplanation on PolicyMatch {
    verdict
    deadline
    upcomingFrom
    checkedCount
    uncheckedSentences
    coverage
    conditions {
      outcome
      reason
      condition {
        id
        sourceSentence
      }
    }
    improvements {
      outcome
      reason
      condition {
        id
        sourceSentence
      }
    }
  }
`);

export const VERDICT_LABELS: Record<MatchVerdict, string> = inOrder(MatchVerdictLabel, ['ELIGIBLE', 'LIKELY', 'NOT_ELIGIBLE']);

/** The verdicts as /policy/for-me lists them: NOT_ELIGIBLE there means a near miss (only changeable conditions unmet). */
export const MATCH_FILTER_LABELS: Record<MatchVerdict, string> = {
  ELIGIBLE: MatchVerdictLabel.ELIGIBLE,
  LIKELY: '可能符合',
  NOT_ELIGIBLE: '差一点',
};

/** What each verdict means, in one sentence, for the groups of /policy/for-me. */
export const MATCH_FILTER_HINTS: Record<MatchVerdict, string> = {
  ELIGIBLE: '企业信息满足该政策的全部申报条件，可按申报通知准备材料。',
  LIKELY: '已知条件均满足，但部分条件缺少企业信息无法判断，补充信息后即可确定。',
  NOT_ELIGIBLE: '未满足的只有可改变的条件（如从业人数、研发投入占比、资质），达到后即可申报。',
};

export const VERDICT_BADGES: Record<MatchVerdict, string> = {
  ELIGIBLE: 'verified',
  LIKELY: 'pending',
  NOT_ELIGIBLE: 'rejected',
};

const OUTCOME_MARKS: Record<ConditionOutcome, { mark: string; label: string }> = {
  MET: { mark: '✓', label: ConditionOutcomeLabel.MET },
  NOT_MET: { mark: '✗', label: ConditionOutcomeLabel.NOT_MET },
  UNKNOWN: { mark: '?', label: ConditionOutcomeLabel.UNKNOWN },
};

/** `nearMiss`: the verdict comes from a list of near misses, so NOT_ELIGIBLE reads 差一点. */
export function VerdictBadge({ verdict, nearMiss = false }: { verdict: MatchVerdict; nearMiss?: boolean }) {
  return (
    <span className={`badge badge--${nearMiss && verdict === 'NOT_ELIGIBLE' ? 'pending' : VERDICT_BADGES[verdict]}`} data-testid="match-verdict">
      {nearMiss && verdict === 'NOT_ELIGIBLE' ? MATCH_FILTER_LABELS.NOT_ELIGIBLE : VERDICT_LABELS[verdict]}
    </span>
  );
}

/** Each condition with its outcome, reason and source sentence; then what would make the enterprise eligible. */
export function MatchExplanation({ match }: { match: MatchExplanationFragment }) {
  const fixable = match.improvements.filter((c) => c.outcome === 'NOT_MET');
  const supply = match.improvements.filter((c) => c.outcome === 'UNKNOWN');
  return (
    <>
      {match.upcomingFrom ? (
        <p className="notice" data-testid="match-upcoming">
          <span className="badge badge--pending">即将施行</span> 本政策自{match.upcomingFrom}起施行，施行后方可按此判定。
        </p>
      ) : null}
      <p className="hint" data-testid="match-coverage">
        {match.coverage}
      </p>
      {match.uncheckedSentences.length ? (
        <section className="policy-match__improve" data-testid="match-unchecked">
          <h4>以下申报条件尚未比对，请自行核对</h4>
          <ul>
            {match.uncheckedSentences.map((x) => (
              <li key={x}>{x}</li>
            ))}
          </ul>
        </section>
      ) : null}
      {match.conditions.length ? (
        <ul className="policy-match__conditions">
          {match.conditions.map((c) => {
            const o = OUTCOME_MARKS[c.outcome];
            return (
              <li key={c.condition.id} className={`policy-match__condition policy-match__condition--${c.outcome.toLowerCase()}`}>
                <p>
                  <span className="policy-match__mark" aria-hidden="true" title={o.label}>
                    {o.mark}
                  </span>
                  <span className="visually-hidden">{o.label}：</span>
                  <span className="policy-match__reason">{c.reason}</span>
                </p>
                {c.condition.sourceSentence ? <blockquote className="policy-match__source">{c.condition.sourceSentence}</blockquote> : null}
              </li>
            );
          })}
        </ul>
      ) : (
        <p>该政策未设置结构化申报条件。</p>
      )}
      {fixable.length ? (
        <section className="policy-match__improve" data-testid="match-improve">
          <h4>如何满足条件</h4>
          <ul>
            {fixable.map((c) => (
              <li key={c.condition.id}>{c.reason}</li>
            ))}
          </ul>
        </section>
      ) : null}
      {supply.length ? (
        <section className="policy-match__improve" data-testid="match-supply">
          <h4>补充企业信息后可判断</h4>
          <ul>
            {supply.map((c) => (
              <li key={c.condition.id}>{c.reason}</li>
            ))}
          </ul>
          <p className="hint">
            <Link to="/enterprise/edit">完善企业信息</Link>（如研发投入占比、纳税信用等级）后，即可判断是否符合。
          </p>
        </section>
      ) : null}
    </>
  );
}
