// A collection's name, as it appears in addresses (?collection=xinjiang) and on the command line.
export const COLLECTION_NAME_PATTERN = /^[a-z0-9][a-z0-9-]{0,59}$/;
export const COLLECTION_NAME_RULE = "use lowercase letters, digits and hyphens, starting with a letter or digit (at most 60)";
export const isCollectionName = (name: string): boolean => COLLECTION_NAME_PATTERN.test(name);
