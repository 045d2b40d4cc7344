// A collection as the header's picker, the forms and each view's "Collection: …" line show it (plain type, for
// components). lib/views/collections.ts types its answers with it, so the read's rows must keep fitting.
export interface CollectionRow { name: string; isDefault: boolean; articles: number; passages: number }
