// The contested-terms ledger: groups of competing names for one thing ("vocational training centres" /
// "re-education camps" / "internment camps"). The list lives in data/contested-terms.json, editable.
import fs from "node:fs";
import { z } from "zod";
import { surfacePattern } from "./concordance";

const nameSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/, "ids are lowercase letters, digits and hyphens"),
  name: z.string().min(1),
  forms: z.array(z.string().min(2)).min(1),
});
const ledgerSchema = z.object({
  groups: z.array(z.object({ id: z.string().regex(/^[a-z0-9-]+$/), label: z.string(), names: z.array(nameSchema).min(2) })).min(1),
});
export type ContestedGroup = z.infer<typeof ledgerSchema>["groups"][number];
export type ContestedName = z.infer<typeof nameSchema>;

const loaded = new Map<string, { stamp: string; groups: ContestedGroup[] }>();

/**
 * The groups listed in `file`, read again only when the file has changed (its size or modification time): every
 * request to the contested view and its parameter check asks, and an edit shows at the next request.
 */
export function loadContestedTerms(file: string): ContestedGroup[] {
  const { size, mtimeMs } = fs.statSync(file);
  const stamp = `${size}:${mtimeMs}`;
  const known = loaded.get(file);
  if (known?.stamp === stamp) return known.groups;
  const parsed = ledgerSchema.safeParse(JSON.parse(fs.readFileSync(file, "utf8")));
  if (!parsed.success) throw new Error(`${file}: ${parsed.error.issues.map((i) => `${i.path.join(".")}: ${i.message}`).join("; ")}`);
  loaded.set(file, { stamp, groups: parsed.data.groups });
  return parsed.data.groups;
}

function withPlurals(forms: string[]): string[] {
  return forms.flatMap((f) => (/(s|ies)$/i.test(f) ? [f] : [f, `${f}s`]));
}

/** JavaScript pattern for a name's forms (for concordance lines). */
export function namePattern(name: ContestedName): RegExp {
  return surfacePattern(withPlurals(name.forms))!;
}

/** PostgreSQL ARE for the same forms: \m and \M are its word boundaries. */
export function namePgPattern(name: ContestedName): string {
  const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const forms = [...name.forms].sort((a, b) => b.length - a.length).map((f) => f.split(/\s+/).map(escapeRegExp).join("\\s+"));
  return `\\m(${forms.join("|")})s?\\M`;
}

export function findName(groups: ContestedGroup[], ref: string): { group: ContestedGroup; name: ContestedName } | null {
  const [groupId, nameId] = ref.split(".");
  const group = groups.find((g) => g.id === groupId);
  const name = group?.names.find((n) => n.id === nameId);
  return group && name ? { group, name } : null;
}
