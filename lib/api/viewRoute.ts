// A view's GET route in one line (`export const GET = viewRoute(keynessView)`): the view's own parse of the query
// string (a bad parameter is a 400 naming it), its loader, then JSON, or CSV with `format=csv`, named after the view
// and its filters. The page renders the same loader's answer (lib/views).
import type { View } from "../views/view";
import { parseOptionRecord, toRecord } from "../viewParams/parse";
import { answered } from "./answered";
import { outputSchema } from "./params";
import { badRequest, respond } from "./respond";

export function viewRoute<P, D>(view: View<P, D>): (request: Request) => Promise<Response> {
  return (request) => answered(request, async () => {
    const record = toRecord(new URL(request.url).searchParams);
    const params = view.parse(record);
    if (!params.ok) return badRequest(params.error);
    const problem = view.apiProblem?.(params.value);
    if (problem) return badRequest(problem);
    if (!view.file) {
      const data = await view.load(params.value);
      const missing = view.notFound?.(data);
      if (missing) return Response.json({ error: missing }, { status: 404 });
      return Response.json(data, view.noStore ? { headers: { "cache-control": "no-store" } } : undefined);
    }
    const output = parseOptionRecord(outputSchema, record);
    if (!output.ok) return badRequest(output.error);
    const data = await view.load(params.value);
    const missing = view.notFound?.(data);
    if (missing) return Response.json({ error: missing }, { status: 404 });
    const { table, name } = view.file;
    return respond(name(data, params.value), output.value.format, data, table(data, params.value), output.value.download);
  });
}
