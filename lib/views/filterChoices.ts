// What the filter and selection forms offer beside a view: the outlets and the articles' languages, with their
// article counts.
import { listLanguages, listOutlets } from "../queries/reads";

export const outletChoices = () => listOutlets();
export const languageChoices = () => listLanguages();
