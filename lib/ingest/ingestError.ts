/** A problem with one input that the user can act on: reported as "failed <input>: <message>", never a stack. */
export class IngestError extends Error {}
