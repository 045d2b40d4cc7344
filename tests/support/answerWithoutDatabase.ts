// Run in a child process whose DATABASE_URL points at a port nothing listens on: answers one view route and one
// reviewer route, so that the loader and the write fail for real, and prints each status and body as a JSON line.
import { POST as labelPassage } from "../../app/api/passages/[id]/label/route";
import { GET as overview } from "../../app/api/overview/route";

const token = process.env.REVIEWER_TOKEN ?? "";
const answers = [
  await overview(new Request("http://localhost/api/overview?framing=testimony")),
  await labelPassage(new Request("http://localhost/api/passages/1/label", {
    method: "POST", headers: { "x-reviewer-token": token, "content-type": "application/json" }, body: JSON.stringify({ framing: "official" }),
  }), { params: Promise.resolve({ id: "1" }) }),
];
for (const a of answers) console.log(JSON.stringify({ status: a.status, body: await a.text() }));
process.exit(0);
