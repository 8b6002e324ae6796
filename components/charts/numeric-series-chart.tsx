import type { NumericSeries } from "@/lib/compare";
import { seriesFigure, seriesValue } from "@/lib/compare/numeric-series";
import { formatTick, linearScale, safeColour, scaleTo } from "./scale";

/**
 * Two drawings of one chart, shown one at a time, so that its words read at about 13 px on
 * any screen: a 600-unit one with party names beside the bars for wider screens, and a
 * 360-unit one with names above the bars for a phone (the wide one, shrunk to a phone's
 * width, set its words at 7 px).
 */
type Layout = { width: number; label: number; value: number; row: number; bar: number; namesAbove: boolean };
const WIDE: Layout = { width: 600, label: 150, value: 96, row: 32, bar: 20, namesAbove: false };
const NARROW: Layout = { width: 360, label: 0, value: 84, row: 44, bar: 18, namesAbove: true };
const TOP = 6;
const AXIS = 26;
const BRACKET = 34;
// Room above a narrow chart's bar for the party's name.
const NAME = 20;

/**
 * One numeric term (a troop cap, a ceasefire's length) as a bar per party, with the gap
 * between the lowest and highest figure marked. Drawn on the server; the picture is named
 * as a whole for assistive technology, and the same figures follow as a table.
 */
export function NumericSeriesChart({ series, colours, context, id }: { series: NumericSeries; colours: Record<string, string>; context: string; id: string }) {
  const values = series.points.flatMap((p) => (p.value === null ? [] : [p.value]));
  const title = `${series.label}, ${context}: ${describePoints(series)}${describeGap(series)}`;
  const showGap = series.range !== null && values.length >= 2 && series.range.gap > 0;
  const drawing = { series, colours, title, showGap };

  return (
    <figure aria-labelledby={`${id}-caption`} className="numeric-chart flex flex-col gap-2">
      <figcaption id={`${id}-caption`} className="font-semibold">
        {series.label} <span className="font-normal text-muted">({series.unit})</span>
      </figcaption>
      <ChartSvg {...drawing} layout={NARROW} titleId={`${id}-title-narrow`} className="sm:hidden" />
      <ChartSvg {...drawing} layout={WIDE} titleId={`${id}-title`} className="hidden sm:block" />
      <table className="w-full max-w-md border-collapse text-sm">
        <caption className="sr-only">
          {series.label}, {context}: figures by party
        </caption>
        <thead>
          <tr className="border-b border-line text-left">
            <th scope="col" className="py-1 pr-4 font-semibold">Party</th>
            <th scope="col" className="py-1 text-right font-semibold">{series.label}</th>
          </tr>
        </thead>
        <tbody>
          {series.points.map((p) => (
            <tr key={p.partyId} className="border-b border-line">
              <th scope="row" className="py-1 pr-4 text-left font-normal">
                <span aria-hidden="true" className="mr-2 inline-block h-3 w-3 rounded-sm border border-ink align-middle" style={{ background: safeColour(colours[p.partyId]) }} />
                {p.label}
              </th>
              <td className="py-1 text-right tabular-nums">{p.value === null ? <span className="text-muted">No figure</span> : seriesValue(series, p.value)}</td>
            </tr>
          ))}
        </tbody>
        {series.range && values.length >= 2 && (
          <tfoot>
            <tr>
              <th scope="row" className="py-1 pr-4 text-left font-semibold">Gap</th>
              <td className="py-1 text-right font-semibold tabular-nums">
                {seriesValue(series, series.range.gap)}
              </td>
            </tr>
          </tfoot>
        )}
      </table>
    </figure>
  );
}

function ChartSvg({
  series,
  colours,
  title,
  titleId,
  showGap,
  layout,
  className,
}: {
  series: NumericSeries;
  colours: Record<string, string>;
  title: string;
  titleId: string;
  showGap: boolean;
  layout: Layout;
  className: string;
}) {
  const { width, label, value, row, bar, namesAbove } = layout;
  const scale = linearScale(series.range?.max ?? 0);
  // A narrow chart's bars start a few units in, so the first tick's label is not cut off.
  const left = namesAbove ? 12 : label;
  const x = (v: number) => left + scaleTo(v, scale, width - left - value);
  const rowsHeight = series.points.length * row;
  const height = TOP + rowsHeight + AXIS + (showGap ? BRACKET : 0);
  return (
    <svg role="img" aria-labelledby={titleId} viewBox={`0 0 ${width} ${height}`} className={`h-auto w-full max-w-2xl text-ink ${className}`} fontSize="13">
      <title id={titleId}>{title}</title>
      {scale.ticks.map((t) => (
        <g key={t}>
          <line x1={x(t)} x2={x(t)} y1={TOP} y2={TOP + rowsHeight} stroke="currentColor" strokeOpacity="0.2" />
          <text x={x(t)} y={TOP + rowsHeight + 16} textAnchor="middle" fill="currentColor" fontSize="11">
            {series.format === "usd" ? seriesFigure(series, t) : formatTick(t)}
          </text>
        </g>
      ))}
      {series.points.map((p, i) => {
        const y = TOP + i * row + (namesAbove ? NAME : (row - bar) / 2);
        return (
          <g key={p.partyId}>
            {namesAbove ? (
              <text x={left} y={y - 6} fill="currentColor" fontWeight="600">
                {p.label}
              </text>
            ) : (
              <text x={label - 8} y={y + bar / 2} dominantBaseline="middle" textAnchor="end" fill="currentColor" fontWeight="600">
                {p.label}
              </text>
            )}
            {p.value === null ? (
              <text x={left + 4} y={y + bar / 2} dominantBaseline="middle" fill="currentColor" fontStyle="italic">
                no figure
              </text>
            ) : (
              <>
                <rect x={left} y={y} width={Math.max(2, x(p.value) - left)} height={bar} fill={safeColour(colours[p.partyId])} stroke="currentColor" strokeWidth="1" />
                <text x={x(p.value) + 6} y={y + bar / 2} dominantBaseline="middle" fill="currentColor">
                  {seriesFigure(series, p.value)}
                </text>
              </>
            )}
          </g>
        );
      })}
      {showGap && series.range && (
        <g>
          <line x1={x(series.range.min)} x2={x(series.range.max)} y1={height - 22} y2={height - 22} stroke="currentColor" strokeWidth="2" />
          <line x1={x(series.range.min)} x2={x(series.range.min)} y1={height - 28} y2={height - 16} stroke="currentColor" strokeWidth="2" />
          <line x1={x(series.range.max)} x2={x(series.range.max)} y1={height - 28} y2={height - 16} stroke="currentColor" strokeWidth="2" />
          <text x={(x(series.range.min) + x(series.range.max)) / 2} y={height - 4} textAnchor="middle" fill="currentColor" fontWeight="600">
            Gap {seriesFigure(series, series.range.gap)}
          </text>
        </g>
      )}
    </svg>
  );
}

function describePoints(series: NumericSeries) {
  return series.points.map((p) => `${p.label} ${p.value === null ? "gives no figure" : seriesValue(series, p.value)}`).join("; ");
}

function describeGap(series: NumericSeries) {
  const given = series.points.filter((p) => p.value !== null);
  if (!series.range || given.length < 2) return ".";
  return `. Gap between the lowest and highest figure: ${seriesValue(series, series.range.gap)}.`;
}
