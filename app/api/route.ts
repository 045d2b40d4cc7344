// GET /api — the endpoint index (full documentation: docs/api.md).
export function GET() {
  const filters = "framing (repeatable: official|critical|testimony), outlet (repeatable), from, to (YYYY-MM or YYYY-MM-DD), q (substring), term (stem key), labels=both|model|human, uncertain=1";
  const output = "format=json|csv, download=1";
  return Response.json({
    docs: "docs/api.md in the repository",
    endpoints: {
      "/api/overview": { params: `${filters}; table=outlets|months|terms (for CSV); ${output}` },
      "/api/passages": { params: `${filters}; page, pageSize; ${output}` },
      "/api/articles": { params: `${filters}; page, pageSize (up to 500); sort=newest|oldest|selected; ${output}: the articles with a selected passage, with their framing mix` },
      "/api/keyness": { params: `a.<filter>, b.<filter> (each side's selection) plus shared filters; limit, minArticles, phrases=0|1; ${output}` },
      "/api/concordance": { params: `${filters}; one of term | phrase | contested=GROUP.NAME; sort=date|left|right; limit; ${output}` },
      "/api/contested": { params: `${filters}; group; by=outlet|year|framing|forms; ${output}` },
      "/api/reuse": { params: `${filters}; rank=outlets|articles; limit (1-500, default 50); ${output}` },
      "/api/reuse/cluster": { params: `id (a cluster's id; 404 when none has it); ${output}` },
      "/api/reuse/outlets": { params: `outlet (optional: without it, every outlet's links started and followed); ${output}` },
      "/api/timeline": { params: `${filters}; phrase (optional); ${output}` },
      "/api/compare": { params: `a.<filter>, b.<filter> plus shared filters; limit; table=mix|separating|frequent (for CSV); ${output}` },
      "/api/evaluation": { params: `table=scores|schemes|reliability|registers|subjects|speakers (for CSV); ${output}` },
      "POST /api/passages/:id/label": { params: `JSON {"framing": official|critical|testimony}; header x-reviewer-token (403 when the dashboard is read-only)` },
      "DELETE /api/articles/:id": { params: "header x-reviewer-token; deletes the article, its passages and its share of every statistic (404 for no such article)" },
      "/api/collections": { params: "none: each collection with its articles and passages, the default first" },
      "PATCH /api/collections/:name": { params: 'header x-reviewer-token; JSON {"name": "new-name"} (rename) or {"default": true} (404 unknown, 409 name taken)' },
      "DELETE /api/collections/:name": { params: "header x-reviewer-token; its articles in no other collection are deleted, the others kept (409 for the default)" },
      "POST /api/collections/:name/articles": { params: 'header x-reviewer-token; JSON {"articleIds": [..]} (404 for an unknown collection)' },
      "DELETE /api/collections/:name/articles/:id": { params: "header x-reviewer-token; takes the article out of the collection (404 when not in it)" },
      "/api/review": { params: "queue=uncertain|disagree; framing, outlet, from, to, q; limit (1-200); JSON only" },
      "POST /api/review/retrain": { params: "header x-reviewer-token; starts a gated retraining (202, or 409 while one runs)" },
      "/api/review/retrain": { params: "none: whether a retraining runs, its progress, and the last comparison with the active version" },
    },
  });
}
