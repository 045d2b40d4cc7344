// npm run collections -- [list] [--json] | rename OLD NEW | delete NAME | default NAME | add NAME ID... | remove NAME ID...
// The collections and their sizes, and the changes to them (lib/queries/writes/collections.ts): every change keeps
// each collection's statistics exact in the same transaction. A user's mistake (no such collection, a name taken,
// the default refused) is one line on stderr and exit 1.
import { Command, InvalidArgumentError } from "commander";
import { COLLECTION_NAME_RULE, isCollectionName } from "../lib/collectionName";
import { listCollections } from "../lib/queries/reads";
import { CollectionError, deleteCollection, makeDefaultCollection, moveArticles, renameCollection } from "../lib/queries/writes";
import { exit } from "./support/exit";
import { openDatabase } from "./support/session";

type Task = () => Promise<number>;
let task: Task | undefined;
/** Commander calls the chosen command's action while parsing; the task runs once the database is open. */
const runs = <A extends unknown[]>(make: (...args: A) => Task) => (...args: A) => { task = make(...args); };

const program = new Command("collections")
  .description("List the collections and their sizes, rename, delete, choose the default, move articles in and out.")
  .addHelpText("after", [
    "",
    "No reviewer token is needed: this command holds the database's credentials itself (like npm run delete).",
    "The web API's changes (PATCH/DELETE /api/collections/NAME, .../articles) need the reviewer token.",
    `A collection's name: ${COLLECTION_NAME_RULE}.`,
  ].join("\n"))
  .showHelpAfterError();

program.command("list", { isDefault: true }).description("each collection with its articles and passages, the default first")
  .option("--json", "print one JSON array: name, isDefault, articles, passages, createdAt")
  .action(runs((opts: { json?: boolean }) => () => list(Boolean(opts.json))));
program.command("rename").description("rename a collection (its address ?collection= changes with it)")
  .argument("<old>").argument("<new>", "the new name", collectionName)
  .action(runs((from: string, to: string) => async () => {
    await renameCollection(from, to);
    console.log(`renamed '${from}' to '${to}'`);
    return 0;
  }));
program.command("delete").description("delete a collection; its articles in no other collection are deleted, the others kept")
  .argument("<name>")
  .action(runs((name: string) => async () => {
    const r = await deleteCollection(name);
    console.log(`deleted collection '${r.name}': ${r.articlesDeleted} articles deleted (in no other collection), ${r.articlesKept} kept (in other collections)`);
    return 0;
  }));
program.command("default").description("make a collection the default (what a view without ?collection= and an ingest without --collection use)")
  .argument("<name>")
  .action(runs((name: string) => async () => {
    await makeDefaultCollection(name);
    console.log(`'${name}' is now the default collection`);
    return 0;
  }));
program.command("add").description("put stored articles in an existing collection (counted there from now on)")
  .argument("<name>").argument("<articleIds...>", "article ids, as in /articles/ID", articleIds)
  .action(runs((name: string, ids: number[]) => () => move(ids, { add: name })));
program.command("remove").description("take articles out of a collection (they stay stored, and in their other collections)")
  .argument("<name>").argument("<articleIds...>", "article ids, as in /articles/ID", articleIds)
  .action(runs((name: string, ids: number[]) => () => move(ids, { remove: name })));

function collectionName(value: string): string {
  if (!isCollectionName(value)) throw new InvalidArgumentError(COLLECTION_NAME_RULE);
  return value;
}

function articleIds(value: string, previous: number[] = []): number[] {
  if (!/^[1-9]\d{0,9}$/.test(value)) throw new InvalidArgumentError(`"${value}" is not an article id (a whole number, as in /articles/ID)`);
  return [...previous, Number(value)];
}

async function list(json: boolean): Promise<number> {
  const rows = await listCollections();
  if (json) {
    process.stdout.write(`${JSON.stringify(rows, null, 2)}\n`);
    return 0;
  }
  const width = Math.max(4, ...rows.map((r) => r.name.length));
  console.log(`${"NAME".padEnd(width)}  ${"ARTICLES".padStart(8)}  ${"PASSAGES".padStart(8)}  CREATED`);
  for (const r of rows) {
    console.log(`${r.name.padEnd(width)}  ${String(r.articles).padStart(8)}  ${String(r.passages).padStart(8)}  ${r.createdAt.slice(0, 10)}${r.isDefault ? "  (default)" : ""}`);
  }
  return 0;
}

/** Exit 1 when an id names no stored article (the others are moved all the same, as npm run delete does). */
async function move(ids: number[], change: { add?: string; remove?: string }): Promise<number> {
  const name = (change.add ?? change.remove)!;
  const r = await moveArticles(ids, change);
  const moved = change.add ? r.added : r.removed;
  const unmoved = [...new Set(ids)].filter((id) => !moved.includes(id) && !r.missing.includes(id));
  console.log(`${change.add ? "added" : "removed"} ${moved.length} ${moved.length === 1 ? "article" : "articles"} ${change.add ? "to" : "from"} '${name}'${moved.length ? `: ${moved.join(" ")}` : ""}`);
  if (unmoved.length) console.log(`${change.add ? "already in" : "not in"} '${name}': ${unmoved.join(" ")}`);
  if (r.inNoCollection.length) console.log(`now in no collection (still stored; add them to one, or npm run delete them): ${r.inNoCollection.join(" ")}`);
  for (const id of r.missing) console.error(`not found ${id}`);
  return r.missing.length ? 1 : 0;
}

program.parse();
const session = await openDatabase();
let code = 1;
try {
  code = await task!();
} catch (e) {
  if (!(e instanceof CollectionError)) throw e;
  console.error(`error: ${e.message}`);
} finally {
  await session.close();
}
await exit(code);
