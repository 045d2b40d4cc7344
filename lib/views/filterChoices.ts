// What the filter and selection forms offer beside a view: the outlets, with their article counts.
import { listOutlets } from "../queries/reads";

export const outletChoices = () => listOutlets();
