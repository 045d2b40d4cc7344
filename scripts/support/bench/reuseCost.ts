// What text-reuse detection costs at a corpus's size: more of the synthetic corpus ingested into the loaded
// database in slices, with detection and without, in the order on, off, off, on, on, off (each mode's slices
// sit as early as late on average, so that the corpus growing over the run, and the load of other work, fall on
// both alike). At a million passages this takes minutes where loading the whole corpus a second time without
// detection took hours; and it measures the cost where it grows, at the size reached.
import { ingestArticleStream, type StreamedArticle } from "../../../lib/pipeline/ingestArticleStream";
import type { LoadedModel } from "../../../lib/pipeline/loadModel";

export interface ReuseCost { slicePassages: number; withPerSecond: number; withoutPerSecond: number; slices: { detection: boolean; perSecond: number }[] }

const ORDER = [true, false, false, true, true, false];

/** `slice(i)`: the i-th slice's articles, none of them already stored (another seed of the corpus). */
export async function measureReuseCost(slice: (i: number) => Iterable<StreamedArticle>, slicePassages: number, model: LoadedModel, say: (m: string) => void): Promise<ReuseCost> {
  const detection = process.env.REUSE_DETECTION;
  const slices: ReuseCost["slices"] = [];
  try {
    for (const [i, on] of ORDER.entries()) {
      process.env.REUSE_DETECTION = on ? "on" : "off";
      const t = performance.now();
      const { passages, failed } = await ingestArticleStream(slice(i), model);
      if (failed) throw new Error(`${failed} articles of a reuse-cost slice failed`);
      const perSecond = passages / ((performance.now() - t) / 1000);
      slices.push({ detection: on, perSecond });
      say(`  slice ${i + 1} of ${ORDER.length} (${passages.toLocaleString("en")} passages, detection ${on ? "on" : "off"}): ${perSecond.toFixed(0)}/s`);
    }
  } finally {
    // as the bench found it
    if (detection === undefined) delete process.env.REUSE_DETECTION;
    else process.env.REUSE_DETECTION = detection;
  }
  // passages/s of each mode over its slices: total passages over total time, slices being of one size
  const rate = (on: boolean) => {
    const rates = slices.filter((s) => s.detection === on).map((s) => s.perSecond);
    return rates.length / rates.reduce((sum, r) => sum + 1 / r, 0);
  };
  return { slicePassages, withPerSecond: rate(true), withoutPerSecond: rate(false), slices };
}
