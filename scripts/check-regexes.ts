// Lists the regular expressions in the given files (default: everything that reads untrusted input) that
// recheck finds can backtrack super-linearly, with an input that shows it. Exit code 1 if any.
import { checkRegexes } from "../tests/devtools/checkRegexes";
import { UNTRUSTED_INPUT_SOURCES } from "../tests/devtools/untrustedInputSources";

const files = process.argv.length > 2 ? process.argv.slice(2) : UNTRUSTED_INPUT_SOURCES();
const verdicts = await checkRegexes(files);
const bad = verdicts.filter((v) => v.status !== "safe");
for (const v of bad) console.log(`${v.file}:${v.line} ${v.status}${v.complexity ? ` (${v.complexity})` : ""} /${v.source}/${v.flags}${v.attack ? `  attack: ${v.attack}` : ""}`);
console.log(`${verdicts.length} regular expressions in ${files.length} files: ${verdicts.length - bad.length} safe, ${bad.length} not`);
process.exit(bad.some((v) => v.status === "vulnerable") ? 1 : 0);
