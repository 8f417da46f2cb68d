// The score as a ring: the arc is the score out of the maximum, the tick marks this
// chapter's boss threshold. Pure SVG, rendered on the server.
const SIZE = 160;
const STROKE = 14;
const RADIUS = (SIZE - STROKE) / 2;
const CIRCUMFERENCE = 2 * Math.PI * RADIUS;

export function ScoreRing({ score, max, threshold }: { score: number; max: number; threshold: number }) {
  const fraction = Math.min(1, Math.max(0, score / max));
  const tickAngle = (threshold / max) * 2 * Math.PI - Math.PI / 2;
  const inner = RADIUS - STROKE;
  const outer = RADIUS + STROKE;
  const c = SIZE / 2;
  return (
    <svg
      viewBox={`0 0 ${SIZE} ${SIZE}`}
      className="h-40 w-40 shrink-0"
      role="img"
      aria-label={`Score ${score.toFixed(1)} out of ${max}; her next test at ${threshold}`}
    >
      <circle cx={c} cy={c} r={RADIUS} fill="none" stroke="var(--color-plum)" strokeWidth={STROKE} />
      <circle
        cx={c}
        cy={c}
        r={RADIUS}
        fill="none"
        stroke="var(--color-rose)"
        strokeWidth={STROKE}
        strokeLinecap="round"
        strokeDasharray={`${fraction * CIRCUMFERENCE} ${CIRCUMFERENCE}`}
        transform={`rotate(-90 ${c} ${c})`}
      />
      <line
        x1={c + inner * Math.cos(tickAngle)}
        y1={c + inner * Math.sin(tickAngle)}
        x2={c + outer * Math.cos(tickAngle)}
        y2={c + outer * Math.sin(tickAngle)}
        stroke="white"
        strokeWidth={3}
      />
      <text x={c} y={c + 4} textAnchor="middle" className="fill-white text-4xl font-bold">
        {Math.round(score)}
      </text>
      <text x={c} y={c + 28} textAnchor="middle" className="fill-[#c9c2d6] text-xs">
        of {max}
      </text>
    </svg>
  );
}
