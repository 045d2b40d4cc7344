// npm run delete -- <id|address>...   Delete stored articles: their passages, labels and term vectors, and their
// share of every statistic, in one transaction (lib/queries/writes/deleteArticles.ts); outlets left with no
// article go too. An article is named by its id (as on its page, /articles/ID) or by its address. Exits 1 if
// any was not found (the others are deleted all the same). --json prints one object for scripts.
import { Command } from "commander";
import { findArticlesByAddress } from "../lib/queries/reads";
import { deleteArticles } from "../lib/queries/writes";
import { exit } from "./support/exit";
import { openDatabase } from "./support/session";

const program = new Command("delete")
  .description("Delete stored articles, by id or by address, keeping every statistic exact.")
  .argument("<articles...>", "article ids (as in /articles/ID) or the addresses they were ingested from")
  .option("--json", "print one JSON object: deleted, notFound, outletsRemoved, phrasesUncounted")
  .showHelpAfterError();
program.parse();
const { json } = program.opts<{ json?: boolean }>();

const session = await openDatabase();
let missing: string[] = [];
try {
  const ids = program.args.filter((a) => /^\d+$/.test(a)).map(Number);
  const addresses = program.args.filter((a) => !/^\d+$/.test(a));
  const byAddress = await findArticlesByAddress(addresses);
  missing = addresses.filter((a) => !byAddress.get(a)?.length);
  const result = await deleteArticles([...ids, ...[...byAddress.values()].flat()]);
  missing = [...result.notFound.map(String), ...missing];
  if (json) process.stdout.write(`${JSON.stringify({ ...result, notFound: missing }, null, 2)}\n`);
  else {
    for (const a of result.deleted) console.log(`deleted   ${a.id} "${a.title}" (${a.outlet}${a.publishedAt ? `, ${a.publishedAt}` : ""}): ${a.passages} passages`);
    for (const m of missing) console.error(`not found ${m}`);
    for (const o of result.outletsRemoved) console.log(`outlet "${o}" removed: no article left`);
    console.log(`${result.deleted.length} deleted, ${missing.length} not found`);
  }
} finally {
  await session.close();
}
await exit(missing.length ? 1 : 0);
