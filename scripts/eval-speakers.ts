// npm run eval:speakers   Score the speaker rules against the hand-labelled passages in data/evaluation:
// precision, recall and F1 on the whole set, the part the rules were tuned on and the held-out part, with the
// first wrong or missed speakers. Needs no database. `--errors N` shows N of them (default 20).
import { Command } from "commander";
import { formatSpeakerEvaluation, speakerEvaluationReport } from "../lib/classify/speakerEvaluation";

const program = new Command("eval:speakers").description("Score the speaker rules on data/evaluation.")
  .option("--errors <n>", "how many wrong or missed speakers to list", "20").parse();
const errors = Number(program.opts<{ errors: string }>().errors);
if (!Number.isInteger(errors) || errors < 0) program.error("--errors must be a whole number");
console.log(formatSpeakerEvaluation(speakerEvaluationReport(), { errors }));
