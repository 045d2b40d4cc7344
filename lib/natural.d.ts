// Types for the single modules of natural that lib/nlp.ts loads: natural declares its parts' types only on the
// index of each folder, and these modules export one of those parts each.
declare module "natural/lib/natural/classifiers/bayes_classifier.js" {
  import { BayesClassifier } from "natural/lib/natural/classifiers";
  export = BayesClassifier;
}
declare module "natural/lib/natural/classifiers/logistic_regression_classifier.js" {
  import { LogisticRegressionClassifier } from "natural/lib/natural/classifiers";
  export = LogisticRegressionClassifier;
}
declare module "natural/lib/natural/stemmers/porter_stemmer.js" {
  import { PorterStemmer } from "natural/lib/natural/stemmers";
  export = PorterStemmer;
}
declare module "natural/lib/natural/util/stopwords.js" {
  export const words: string[];
}
declare module "natural/lib/natural/tokenizers/regexp_tokenizer.js" {
  export { RegexpTokenizer } from "natural/lib/natural/tokenizers";
}
