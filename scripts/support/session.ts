// A CLI's database session: start (or reach) the server, apply migrations, expose DATABASE_URL to lib/.
import { disconnect } from "../../lib/db";
import { startDatabase } from "./database";
import { migrate } from "./run";

export async function openDatabase(options: { quiet?: boolean } = {}): Promise<{ url: string; close(): Promise<void> }> {
  const db = await startDatabase(options);
  try {
    await migrate(db.url);
  } catch (e) {
    await db.stop();
    throw e;
  }
  process.env.DATABASE_URL = db.url;
  return {
    url: db.url,
    close: async () => {
      await disconnect();
      await db.stop();
    },
  };
}
