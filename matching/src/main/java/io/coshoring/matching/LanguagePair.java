package io.coshoring.matching;

/** One direction of translation, as ISO 639-1 codes: from English into French is en → fr. */
record LanguagePair(String from, String into) {

  LanguagePair reversed() {
    return new LanguagePair(into, from);
  }
}
