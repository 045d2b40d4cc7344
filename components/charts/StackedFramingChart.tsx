"use client";
// A stacked bar chart of framing counts (or shares) per category. Clicking a segment opens the passages
// behind it; the table under the chart offers the same links for keyboard and screen-reader users.
import { useRouter } from "next/navigation";
import { useId } from "react";
import { Bar, BarChart, CartesianGrid, Legend, ResponsiveContainer, Tooltip, XAxis, YAxis } from "recharts";
import { FRAMINGS, FRAMING_NAMES, type FramingLabel } from "@/lib/classify/labels";
import { FRAMING_PATTERN_NAMES, FramingPatternDefs, framingFill } from "./framingFills";

export interface StackedRow { key: string; label: string; official: number; critical: number; testimony: number; total: number }

interface Props {
  rows: StackedRow[];
  /** href of the passages behind one segment */
  hrefs: Record<string, Record<FramingLabel, string>>;
  layout: "horizontal" | "vertical";
  share?: boolean;
  testId: string;
  /** the chart's accessible name; its numbers are in the table beside it */
  title: string;
  /** what the numbers count, for the tooltip */
  unit?: string;
  /** an extra line per category in the tooltip, e.g. "12 passages" behind a month's occurrences */
  notes?: Record<string, string>;
}

export function StackedFramingChart({ rows, hrefs, layout, share = false, testId, title, unit = "passages", notes }: Props) {
  const router = useRouter();
  const chartId = `framing${useId().replace(/[^a-zA-Z0-9_-]/g, "")}`;
  const data = share
    ? rows.map((r) => ({ ...r, ...Object.fromEntries(FRAMINGS.map((f) => [f, r.total ? r[f] / r.total : 0])) }))
    : rows;
  const height = layout === "vertical" ? Math.max(180, rows.length * 38 + 60) : 300;
  const format = (v: number) => (share ? `${Math.round(v * 100)}%` : String(v));
  return (
    <div data-testid={testId}>
      <ResponsiveContainer width="100%" height={height}>
        <BarChart data={data} layout={layout} margin={{ left: 8, right: 16, top: 8, bottom: 8 }} title={title} aria-label={title}
          barCategoryGap={layout === "horizontal" ? "8%" : "20%"}>
          <FramingPatternDefs chartId={chartId} />
          <CartesianGrid strokeDasharray="3 3" />
          {layout === "vertical" ? (
            <>
              <XAxis type="number" tickFormatter={format} domain={share ? [0, 1] : undefined} />
              <YAxis type="category" dataKey="label" width={190} tick={{ fontSize: 12 }} />
            </>
          ) : (
            <>
              <XAxis dataKey="label" tick={{ fontSize: 11 }} />
              <YAxis tickFormatter={format} domain={share ? [0, 1] : undefined} />
            </>
          )}
          <Tooltip labelFormatter={(label) => (notes?.[String(label)] ? `${label} — ${notes[String(label)]}` : String(label))} formatter={(v, name, item) => {
            const row = (item?.payload ?? {}) as StackedRow;
            const framing = name as FramingLabel;
            const count = rows.find((r) => r.key === row.key)?.[framing] ?? 0;
            return [share ? `${format(Number(v))} (${count} ${unit})` : `${count} ${unit}`, FRAMING_NAMES[framing] ?? name];
          }} />
          <Legend formatter={(name) => `${FRAMING_NAMES[name as FramingLabel] ?? name} (${FRAMING_PATTERN_NAMES[name as FramingLabel]})`} itemSorter={(item) => FRAMINGS.indexOf(item.dataKey as FramingLabel)} />
          {FRAMINGS.map((f) => (
            <Bar key={f} dataKey={f} stackId="framing" fill={framingFill(chartId, f)} cursor="pointer"
              onClick={(entry) => {
                const key = (entry?.payload as StackedRow | undefined)?.key;
                if (key && hrefs[key]) router.push(hrefs[key][f]);
              }} />
          ))}
        </BarChart>
      </ResponsiveContainer>
    </div>
  );
}
