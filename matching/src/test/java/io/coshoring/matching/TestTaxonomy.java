package io.coshoring.matching;

/** A taxonomy of a few skills, so that tests do not depend on the shipped data. */
final class TestTaxonomy {

  private TestTaxonomy() {}

  static SkillTaxonomy of(String... lines) {
    SkillTaxonomy.Builder builder = new SkillTaxonomy.Builder();
    for (int i = 0; i < lines.length; i++) {
      builder.addLine("test", "test.txt:" + (i + 1), lines[i]);
    }
    return builder.build();
  }

  static SkillTaxonomy small() {
    return of(
        "react | React | reactjs, react.js | développement react",
        "typescript | TypeScript | ts | développement typescript",
        "java | Java | java developer | développeur java",
        "javascript | JavaScript | js | développement javascript",
        "video-editing | Video editing | video editor, promo video | montage vidéo, monteuse vidéo",
        "photography | Photography | photographer, photo shoot | photographe, shooting photo");
  }
}
