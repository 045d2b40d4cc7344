// A page comparing two selections opens on its own example pair until the address names either side.
import { type Filters, type Side, sideRecord } from "../schema";
import { type ParamRecord, salvageFilters } from "./parse";

export function withDefaultSelections(record: ParamRecord, selections: Record<Side, Filters>, defaults: Record<Side, Partial<Filters>>): Record<Side, Filters> {
  const given = Object.keys(record).some((k) => k.startsWith("a.") || k.startsWith("b."));
  return given ? selections : { a: { ...selections.a, ...defaults.a }, b: { ...selections.b, ...defaults.b } };
}

/** Each side's filters that parse on their own, for the form shown beside a bad parameter. */
export function salvageSelections(record: ParamRecord): Record<Side, Filters> {
  return { a: salvageFilters(sideRecord(record, "a")), b: salvageFilters(sideRecord(record, "b")) };
}
