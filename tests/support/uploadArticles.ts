// Made-up articles to upload through the "Add articles" page and POST /api/ingest, about an invented subject
// (a saltworks closing in an invented valley). All text is written for these tests.
import { articlePage, type SampleArticle } from "./webPages";

export const SALTWORKS_TEXT = [
  "Saltworks in the Orlen Valley to close after two centuries",
  "The provincial mining office said on Monday that the last saltworks in the Orlen Valley would close at the end of the year, citing falling demand and the cost of repairs.",
  "“My father and grandfather boiled brine in these sheds, and now nobody has asked us what we will do next,” said a worker who has spent thirty years at the pans.",
  "A report by an independent labour group found that promised retraining places had not been funded, according to figures it published last month.",
  "The office said in a statement that every worker would be offered a position in the new visitor centre and that the closure followed a full consultation.",
].join("\n\n");

export const SALTWORKS_PAGE: SampleArticle = {
  lang: "en", title: "Brine Pans Fall Silent as Orlen Valley Families Weigh Their Future", author: "Tomas Vell", site: "Orlen Valley Courier (sample)",
  published: "2024-09-12T07:00:00+01:00", url: "https://courier.example.org/valley/2024/09/brine-pans-fall-silent",
  paragraphs: [
    "“We were told on a Friday afternoon, in a letter, that the pans would be cold by winter,” said a woman whose family has worked the brine sheds since the 1950s.",
    "The provincial government said the decision was final and that the site would be preserved as an industrial heritage park for visitors.",
    "Researchers at a regional university warned that the valley had no other large employer and that the closure could halve the local tax base.",
    "“I carried salt on my back as a boy; my son will carry tickets for tourists, if he stays at all,” said a retired boiler who lives above the old harbour.",
  ],
};

export const saltworksPage = () => articlePage(SALTWORKS_PAGE);

/** The first bytes of a PDF: not text, so the reader refuses it and says why. */
export const PDF_BYTES = Buffer.concat([Buffer.from("%PDF-1.7\n%\xe2\xe3\xcf\xd3\n", "latin1"), Buffer.from(Array.from({ length: 600 }, (_, i) => (i * 37) % 256))]);
