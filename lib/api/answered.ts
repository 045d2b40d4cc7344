// Every route's last line of defence: an error thrown while answering becomes `500 {"error": "internal error",
// "ref": …}`. The error itself (its stack, and whatever its message carries: a connection string, a query) is
// logged on the server under the same ref and never sent to the client.
export async function answered(request: Request, answer: () => Promise<Response>): Promise<Response> {
  try {
    return await answer();
  } catch (error) {
    const ref = crypto.randomUUID().slice(0, 8);
    console.error(`[api] ${request.method} ${new URL(request.url).pathname} failed (ref ${ref}):`, error);
    return Response.json({ error: "internal error", ref }, { status: 500, headers: { "cache-control": "no-store" } });
  }
}
