import { getPrisma } from "../../db";

export async function countPassages(): Promise<number> {
  return getPrisma().passage.count();
}
