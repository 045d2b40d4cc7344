import { getPrisma } from "../../db";

export async function countArticles(): Promise<number> {
  return getPrisma().article.count();
}
