import { Group } from '@visx/group';
import { PatternLines } from '@visx/pattern';
import { scaleBand, scaleLinear } from '@visx/scale';
import { Bar } from '@visx/shape';
import { axisOf, countText, type StatBar } from './statistics';

/** What a chart needs: its bars (hidden cells already without a number) and how to say "hidden". */
export interface BarChartProps {
  /** Unique on the page: names the hatch pattern and the title. */
  id: string;
  title: string;
  bars: readonly StatBar[];
  threshold: number;
  formatCount: (n: number) => string;
  /** Said after "< k" for a hidden cell, e.g. "disembunyikan". */
  hiddenWord: string;
}

const ROW = 28;
const AXIS = 28;
const PLOT = 340;
const VALUE_ROOM = 150;
const CHAR = 6.6;
/** The hidden-cell marker's width: fixed, unrelated to the scale, so it can never be read as a length. */
const MARKER = 16;

/**
 * A horizontal bar chart (visx scales and shapes, SVG). A hidden cell is never a bar: its row is
 * a gap with a small hatched marker of fixed width at the axis and the label "< k (hidden)", so
 * the chart says "below k" and nothing more. The SVG is one image whose description lists every
 * bar as the table beside it does.
 */
export default function BarChart({ id, title, bars, threshold, formatCount, hiddenWord }: BarChartProps) {
  const labelWidth = Math.min(300, Math.max(90, Math.ceil(Math.max(...bars.map((b) => b.label.length), 4) * CHAR) + 12));
  const width = labelWidth + PLOT + VALUE_ROOM;
  const height = bars.length * ROW + AXIS;
  const { max, ticks } = axisOf(bars, threshold);
  const x = scaleLinear<number>({ domain: [0, max], range: [0, PLOT] });
  const y = scaleBand<string>({ domain: bars.map((b) => b.key), range: [0, bars.length * ROW], padding: 0.25 });
  const hatch = `hatch-${id}`;
  const text = (b: StatBar) => (b.suppressed ? `< ${threshold} (${hiddenWord})` : countText(b, threshold, formatCount));
  return (
    <svg
      className="stat-chart"
      viewBox={`0 0 ${width} ${height}`}
      width="100%"
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
      data-chart={id}
    >
      <title id={`${id}-title`}>{title}</title>
      <desc id={`${id}-desc`}>{bars.map((b) => `${b.label}: ${text(b)}`).join('; ')}</desc>
      <PatternLines
        id={hatch}
        height={6}
        width={6}
        stroke="#6b4f00"
        strokeWidth={1.5}
        orientation={['diagonal']}
        background="#fff4d6"
      />
      <Group left={labelWidth} top={0}>
        {ticks.map((tick) => (
          <g key={tick}>
            <line x1={x(tick)} x2={x(tick)} y1={0} y2={bars.length * ROW} stroke="#d0d7de" />
            <text x={x(tick)} y={bars.length * ROW + 16} textAnchor="middle" fontSize={11} fill="#555">
              {formatCount(tick)}
            </text>
          </g>
        ))}
        {bars.map((b) => {
          const top = y(b.key) ?? 0;
          const band = y.bandwidth();
          const middle = top + band / 2 + 4;
          if (b.suppressed) {
            return (
              <g key={b.key} data-suppressed="true">
                <title>{`${b.label}: ${text(b)}`}</title>
                <text x={-8} y={middle} textAnchor="end" fontSize={12} fill="#1a1a1a">
                  {b.label}
                </text>
                <rect
                  x={0}
                  y={top}
                  width={MARKER}
                  height={band}
                  fill={`url(#${hatch})`}
                  stroke="#6b4f00"
                  strokeDasharray="3 2"
                  className="stat-hidden"
                />
                <text x={MARKER + 6} y={middle} fontSize={12} fontWeight={600} fill="#6b4f00">
                  {text(b)}
                </text>
              </g>
            );
          }
          const count = b.count ?? 0;
          return (
            <g key={b.key}>
              <title>{`${b.label}: ${text(b)}`}</title>
              <text x={-8} y={middle} textAnchor="end" fontSize={12} fill="#1a1a1a">
                {b.label}
              </text>
              {count > 0 ? <Bar x={0} y={top} width={x(count)} height={band} fill="#0b5394" /> : null}
              <text x={x(count) + 6} y={middle} fontSize={12} fill="#1a1a1a">
                {formatCount(count)}
              </text>
            </g>
          );
        })}
      </Group>
    </svg>
  );
}
