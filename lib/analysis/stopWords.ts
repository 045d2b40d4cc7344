// Words that are never terms on their own: they carry grammar, not topic.
import { stopwords } from "../nlp";

export const STOP_WORDS: ReadonlySet<string> = new Set([
  ...stopwords,
  "said", "says", "say", "also", "not", "no", "nor", "would", "could", "one", "two", "told", "according", "including",
  "s", "mr", "ms", "mrs", "dr", "it's", "its", "there's", "that's", "he's", "she's", "i'm", "we're", "they're",
  // natural's list is short: function words it lacks
  "against", "among", "amongst", "across", "along", "around", "behind", "beyond", "despite", "down", "off", "onto",
  "per", "toward", "towards", "upon", "via", "within", "without", "whether", "though", "although", "yet", "even",
  "just", "ever", "every", "either", "neither", "will", "shall", "may", "us", "him", "her", "hers", "he", "she", "i",
  "they", "them", "those", "whose", "what's", "don't", "didn't", "doesn't", "isn't", "wasn't", "weren't", "won't",
  "can't", "couldn't", "wouldn't", "hasn't", "haven't", "hadn't", "i've", "we've", "they've", "i'd", "you're",
  "there", "here", "which", "who", "been", "being", "also", "et", "al",
]);
