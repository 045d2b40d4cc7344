// The keys a read's plan adds to its filters (PlannedFilters: how the search is matched, how the collection is
// reached): how a selection is read, not what it selects, so that no check of "which filters are set" counts them.
export const PLAN_KEYS: ReadonlySet<string> = new Set(["search", "reach"]);
