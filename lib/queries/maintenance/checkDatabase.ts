import { getPrisma } from "../../db";

/** A cheap round trip; the cause in one line when it fails (no stack, no connection string). */
export async function checkDatabase(): Promise<{ ok: boolean; database: "up" | "unreachable"; error?: string }> {
  try {
    await getPrisma().$queryRaw`SELECT 1`;
    return { ok: true, database: "up" };
  } catch (e) {
    const message = (e instanceof Error ? e.message : String(e)).split("\n").map((l) => l.trim()).filter(Boolean).at(-1) ?? "unknown error";
    return { ok: false, database: "unreachable", error: message.replace(/postgres(ql)?:\/\/\S+/g, "<database url>") };
  }
}
