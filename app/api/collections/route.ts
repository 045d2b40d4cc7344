// GET /api/collections — every collection with its articles and passages, the default first. No token: the
// collections are named in every view's address (?collection=) anyway.
import { answered } from "@/lib/api/answered";
import { listCollections } from "@/lib/queries/reads";

export const GET = (request: Request) => answered(request, async () => Response.json({ collections: await listCollections() }));
