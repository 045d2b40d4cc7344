// The output options every downloadable view's route reads beside the view's own parameters (lib/viewParams).
import { z } from "zod";
import { formatSchema } from "./respond";

export const outputSchema = z.object({
  format: formatSchema,
  download: z.enum(["0", "1"]).default("0").transform((v) => v === "1"),
});
