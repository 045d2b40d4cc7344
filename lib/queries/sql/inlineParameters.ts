// A parameterised statement ($1, $2, … with values) as one text with the values written in as literals, for
// COPY (query) TO STDOUT, which takes no parameters. Each value becomes a quoted literal of unknown type, which
// PostgreSQL types from its context exactly as it types a parameter sent as text (node-postgres sends them so),
// so the statement means the same. Only the value kinds the dashboard's filters bind are accepted.
import { escapeLiteral } from "pg";

type Scalar = string | number | boolean | bigint;
type Value = Scalar | null | undefined | Date | (Scalar | null)[];

export function inlineParameters(text: string, values: readonly unknown[]): string {
  return text.replace(/\$(\d+)/g, (_, n: string) => {
    const i = Number(n) - 1;
    if (i < 0 || i >= values.length) throw new Error(`no value for parameter $${n}`);
    return literal(values[i] as Value);
  });
}

function literal(value: Value): string {
  if (value === null || value === undefined) return "NULL";
  if (Array.isArray(value)) return escapeLiteral(`{${value.map(arrayElement).join(",")}}`);
  if (value instanceof Date) return escapeLiteral(value.toISOString());
  if (typeof value === "number" && !Number.isFinite(value)) throw new Error(`cannot write ${value} into a statement`);
  if (!["string", "number", "boolean", "bigint"].includes(typeof value)) throw new Error(`cannot write a ${typeof value} into a statement`);
  return escapeLiteral(String(value));
}

/** An element of an array's text form: quoted, backslashes and quotes escaped; NULL unquoted. */
function arrayElement(value: Scalar | null): string {
  if (value === null) return "NULL";
  if (Array.isArray(value)) throw new Error("cannot write a nested array into a statement");
  return `"${String(value).replace(/[\\"]/g, (c) => `\\${c}`)}"`;
}
