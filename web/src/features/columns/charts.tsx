/** Hand-made SVG charts for the statistics dashboard: no chart library, numbers also shown as text and tables. */

export interface Series {
  name: string;
  className: string;
  values: readonly number[];
}

const W = 640;
const H = 260;
const PAD = { top: 16, right: 16, bottom: 56, left: 48 };

function niceMax(max: number): number {
  if (max <= 0) return 1;
  const pow = 10 ** Math.floor(Math.log10(max));
  const step = [1, 2, 5, 10].find((s) => s * pow >= max)! * pow;
  return step;
}

function Axis({ max }: { max: number }) {
  const ticks = [0, 0.25, 0.5, 0.75, 1];
  const innerH = H - PAD.top - PAD.bottom;
  return (
    <g className="chart__axis">
      {ticks.map((t) => {
        const y = PAD.top + innerH * (1 - t);
        const v = max * t;
        return (
          <g key={t}>
            <line x1={PAD.left} x2={W - PAD.right} y1={y} y2={y} className="chart__grid" />
            <text x={PAD.left - 6} y={y + 4} textAnchor="end">
              {Number.isInteger(v) ? v : v.toFixed(1)}
            </text>
          </g>
        );
      })}
    </g>
  );
}

function Legend({ series }: { series: readonly Series[] }) {
  return (
    <ul className="chart__legend">
      {series.map((s) => (
        <li key={s.name}>
          <span className={`chart__swatch ${s.className}`} aria-hidden="true" />
          {s.name}
        </li>
      ))}
    </ul>
  );
}

const short = (label: string) => (label.length > 6 ? `${label.slice(0, 6)}…` : label);

/** Grouped bars: one group per label, one bar per series. */
export function BarChart({ title, labels, series }: { title: string; labels: readonly string[]; series: readonly Series[] }) {
  const max = niceMax(Math.max(0, ...series.flatMap((s) => s.values)));
  const innerW = W - PAD.left - PAD.right;
  const innerH = H - PAD.top - PAD.bottom;
  const group = innerW / Math.max(1, labels.length);
  const bar = Math.min(28, (group * 0.8) / Math.max(1, series.length));
  return (
    <figure className="chart" data-testid="bar-chart">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={title}>
        <title>{title}</title>
        <Axis max={max} />
        {labels.map((label, i) => {
          const x0 = PAD.left + group * i + (group - bar * series.length) / 2;
          return (
            <g key={label}>
              {series.map((s, j) => {
                const v = s.values[i] ?? 0;
                const h = (v / max) * innerH;
                return (
                  <rect key={s.name} className={`chart__bar ${s.className}`} x={x0 + bar * j} y={PAD.top + innerH - h} width={bar - 2} height={h}>
                    <title>{`${label} ${s.name}：${v}`}</title>
                  </rect>
                );
              })}
              <text x={PAD.left + group * i + group / 2} y={H - PAD.bottom + 18} textAnchor="middle" className="chart__label">
                {short(label)}
              </text>
            </g>
          );
        })}
      </svg>
      <figcaption>
        {title}
        <Legend series={series} />
      </figcaption>
    </figure>
  );
}

/** Lines over ordered labels (months). */
export function LineChart({ title, labels, series }: { title: string; labels: readonly string[]; series: readonly Series[] }) {
  const max = niceMax(Math.max(0, ...series.flatMap((s) => s.values)));
  const innerW = W - PAD.left - PAD.right;
  const innerH = H - PAD.top - PAD.bottom;
  const x = (i: number) => PAD.left + (labels.length <= 1 ? innerW / 2 : (innerW * i) / (labels.length - 1));
  const y = (v: number) => PAD.top + innerH - (v / max) * innerH;
  return (
    <figure className="chart" data-testid="line-chart">
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={title}>
        <title>{title}</title>
        <Axis max={max} />
        {series.map((s) => (
          <g key={s.name} className={s.className}>
            <polyline className="chart__line" fill="none" points={s.values.map((v, i) => `${x(i)},${y(v)}`).join(' ')} />
            {s.values.map((v, i) => (
              <circle key={i} className="chart__dot" cx={x(i)} cy={y(v)} r={3.5}>
                <title>{`${labels[i]} ${s.name}：${v}`}</title>
              </circle>
            ))}
          </g>
        ))}
        {labels.map((label, i) => (
          <text key={label} x={x(i)} y={H - PAD.bottom + 18} textAnchor="middle" className="chart__label">
            {label}
          </text>
        ))}
      </svg>
      <figcaption>
        {title}
        <Legend series={series} />
      </figcaption>
    </figure>
  );
}
