// A route that writes (or reads what only reviewers may): the reviewer token is checked, and wrong tokens rate
// limited, before the handler runs (lib/api/authorizeReviewer.ts), and a thrown error is a JSON 500
// (./answered.ts). No route checks the token by hand.
import { answered } from "./answered";
import { authorizeReviewer } from "./authorizeReviewer";

/** `context`: what Next passes a route (a dynamic route's params); a handler that reads none leaves it unknown. */
export function reviewerRoute<C = unknown>(readOnlyMessage: string, handler: (request: Request, context: C) => Promise<Response>): (request: Request, context?: C) => Promise<Response> {
  return (request, context) => answered(request, async () => (await authorizeReviewer(request, readOnlyMessage)) ?? handler(request, context as C));
}
