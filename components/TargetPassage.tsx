"use client";
// Marks the passage the address points at (#p-N) however the page was reached. The browser's :target only
// follows real navigations; Next's client-side links, the back button into a cached page and hash-only history
// steps change the address without it. So the target is read from location.hash on mount, on hashchange and
// popstate, and whenever the path or query changes, and marked with data-target (styled like :target).
import { usePathname, useSearchParams } from "next/navigation";
import { useEffect } from "react";

const ATTRIBUTE = "data-target";

function markTarget() {
  for (const el of document.querySelectorAll(`[${ATTRIBUTE}]`)) el.removeAttribute(ATTRIBUTE);
  const id = decodeURIComponent(window.location.hash.slice(1));
  if (!/^p-\d+$/.test(id)) return;
  const target = document.getElementById(id);
  if (!target) return;
  target.setAttribute(ATTRIBUTE, "");
  // scroll-margin-top in the style sheet leaves a little room above it
  target.scrollIntoView({ block: "start" });
  target.focus({ preventScroll: true });
}

export function TargetPassage() {
  const pathname = usePathname();
  const search = useSearchParams().toString();
  // biome-ignore lint/correctness/useExhaustiveDependencies: the address (path and query) is what re-marks
  useEffect(() => {
    markTarget();
    window.addEventListener("hashchange", markTarget);
    window.addEventListener("popstate", markTarget);
    return () => {
      window.removeEventListener("hashchange", markTarget);
      window.removeEventListener("popstate", markTarget);
    };
  }, [pathname, search]);
  return null;
}
