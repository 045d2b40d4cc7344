// Security headers on every page and API response, with a fresh nonce per request so that the strict
// Content-Security-Policy admits Next's own inline scripts and nothing else. Next reads the nonce from
// the request's CSP header and stamps it on the scripts it renders.
// A page whose address has a bad parameter is rendered as usual (it shows the problem and its form) but
// answered with 400: a page cannot set its status once it renders, a proxy's rewrite can.
import { NextResponse, type NextRequest } from "next/server";
import { pageParamProblem } from "./lib/viewParams/views";

export function proxy(request: NextRequest) {
  const nonce = Buffer.from(crypto.randomUUID()).toString("base64");
  const dev = process.env.NODE_ENV === "development";
  const csp = [
    "default-src 'self'",
    `script-src 'self' 'nonce-${nonce}' 'strict-dynamic'${dev ? " 'unsafe-eval'" : ""}`,
    `style-src 'self' 'nonce-${nonce}'`,
    // React style props (chart sizes, bar widths) are attributes, not style sheets
    "style-src-attr 'unsafe-inline'",
    "img-src 'self' data: blob:",
    "font-src 'self'",
    "connect-src 'self'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    "frame-ancestors 'none'",
  ].join("; ");
  const requestHeaders = new Headers(request.headers);
  requestHeaders.set("x-nonce", nonce);
  requestHeaders.set("Content-Security-Policy", csp);
  const bad = pageParamProblem(request.nextUrl.pathname, request.nextUrl.searchParams);
  const response = bad
    ? NextResponse.rewrite(request.nextUrl, { status: 400, request: { headers: requestHeaders } })
    : NextResponse.next({ request: { headers: requestHeaders } });
  response.headers.set("Content-Security-Policy", csp);
  response.headers.set("X-Content-Type-Options", "nosniff");
  response.headers.set("X-Frame-Options", "DENY");
  response.headers.set("Referrer-Policy", "no-referrer");
  response.headers.set("Cross-Origin-Opener-Policy", "same-origin");
  response.headers.set("Permissions-Policy", "camera=(), microphone=(), geolocation=(), interest-cohort=()");
  return response;
}

export const config = {
  // not POST /api/ingest: a proxy buffers the request body and cuts it at 10 MB; that route reads and caps it itself
  matcher: [{ source: "/((?!_next/static|_next/image|favicon.ico|api/ingest$).*)" }],
};
