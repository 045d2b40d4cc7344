// A selection in words, for headings: "Testimony · Meridian Wire · 2019-01 to 2020-12".
import { FRAMING_NAMES } from "./classify/labels";
import type { Filters } from "./schema";

export function describeSelection(f: Partial<Filters>): string {
  const parts = [
    f.framing?.length ? f.framing.map((x) => FRAMING_NAMES[x]).join(" or ") : "all framings",
    ...(f.outlet?.length ? [f.outlet.join(" or ")] : []),
    ...(f.from || f.to ? [`${f.from ?? "start"} to ${f.to ?? "now"}`] : []),
    ...(f.q ? [`containing “${f.q}”`] : []),
    ...(f.lang?.length ? [`in ${f.lang.join(" or ")}`] : []),
  ];
  return parts.join(" · ");
}
