// The parts of natural this project uses, each from its own module. natural's index loads every part (the POS
// tagger's lexicon, sentiment lexicons, WordNet, storage back ends): about a second at every CLI's start, for
// nothing. The product imports natural from here, never directly (types: lib/natural.d.ts).
import BayesClassifier from "natural/lib/natural/classifiers/bayes_classifier.js";
import LogisticRegressionClassifier from "natural/lib/natural/classifiers/logistic_regression_classifier.js";
import PorterStemmer from "natural/lib/natural/stemmers/porter_stemmer.js";
import { words as stopwords } from "natural/lib/natural/util/stopwords.js";

export { BayesClassifier, LogisticRegressionClassifier, PorterStemmer, stopwords };
