// What the "Add articles" page offers beside its form: the collections articles can go to, the default first.
import { listCollections } from "../queries/reads";
import type { CollectionChoice } from "./ingestJobs.types";

export async function addArticlesCollections(): Promise<CollectionChoice[]> {
  return (await listCollections()).map(({ name, isDefault, articles }) => ({ name, isDefault, articles }));
}
