package io.coshoring.matching;

import java.util.List;

/** A taxonomy of a few skills, so that tests do not depend on the shipped data. */
final class TestTaxonomy {

  private TestTaxonomy() {}

  static SkillTaxonomy of(String... lines) {
    return withProblems(List.of(lines), List.of());
  }

  /** Skill lines, and lines of a problem file. */
  static SkillTaxonomy withProblems(List<String> lines, List<String> problems) {
    SkillTaxonomy.Builder builder = new SkillTaxonomy.Builder();
    for (int i = 0; i < lines.size(); i++) {
      builder.addLine("test", "test.txt:" + (i + 1), lines.get(i));
    }
    for (int i = 0; i < problems.size(); i++) {
      builder.addProblemLine("problems.txt:" + (i + 1), problems.get(i));
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
