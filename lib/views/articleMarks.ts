// The words an article page marks in its passages (the term or search a link came from): parsed like every
// page's options, so a bad one is a 400 that names it (proxy.ts) and the page says why nothing is marked.
import { type PageSearchParams, toRecord } from "../viewParams/parse";
import { parseArticleParams } from "../viewParams/views";

export const loadArticleMarks = (searchParams: PageSearchParams) => parseArticleParams(toRecord(searchParams));
