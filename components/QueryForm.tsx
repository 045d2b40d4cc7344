"use client";
// A GET form whose address carries only the fields that say something: empty ones (from=&to=&q=) and those at
// their default (labels=both) are left out, so a shared link reads as its filters. Without JavaScript the
// browser submits every field, which the pages read the same way.
import { useRouter } from "next/navigation";
import type { FormEvent, ReactNode } from "react";

/** `implied`: values that mean the same as leaving the field out, by field name. */
export function QueryForm({ action, implied = {}, children, ...rest }: { action: string; implied?: Record<string, string>; className?: string; "aria-label"?: string; children: ReactNode }) {
  const router = useRouter();
  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const params = new URLSearchParams();
    for (const [name, value] of new FormData(event.currentTarget)) {
      if (typeof value === "string" && value !== "" && implied[name] !== value) params.append(name, value);
    }
    const query = params.toString();
    router.push(query ? `${action}?${query}` : action);
  };
  return <form method="get" action={action} onSubmit={submit} {...rest}>{children}</form>;
}
