package io.coshoring.matching;

import java.util.List;
import java.util.Set;

/**
 * Which words of a post name the people the work serves: "reports for marketing teams", "Excel
 * training for the finance department", "formation pour les équipes RH". A skill said so is a
 * team's trade, not the work: an analyst who reports for marketing teams does no marketing. English
 * names the trade between "for" and the team, French after the team.
 */
final class TeamWords {

  /** Words for a group of people at work, folded ("teams" loses its "s"). */
  private static final Set<String> TEAMS = Set.of("team", "department", "equipe");

  /** How many words the trade may take. */
  private static final int TRADE_WORDS = 3;

  private TeamWords() {}

  /** For each word of the text, whether it names a team the work serves. */
  static boolean[] in(List<Folding.Token> tokens) {
    boolean[] team = new boolean[tokens.size()];
    for (int i = 0; i < tokens.size(); i++) {
      String word = tokens.get(i).word();
      if (!word.equals("for") && !word.equals("pour")) {
        continue;
      }
      int at = teamAfter(tokens, i);
      if (at < 0) {
        continue;
      }
      for (int j = i + 1; j < at; j++) {
        team[j] = true;
      }
      if (word.equals("pour")) {
        WordRun.mark(tokens, at + 1, TRADE_WORDS, Set.of(), team);
      }
    }
    return team;
  }

  /** The team word a few words after "for", or -1. */
  private static int teamAfter(List<Folding.Token> tokens, int at) {
    for (int i = at + 1; i <= at + 1 + TRADE_WORDS && i < tokens.size(); i++) {
      if (tokens.get(i).afterBreak()) {
        return -1;
      }
      if (TEAMS.contains(tokens.get(i).word())) {
        return i;
      }
    }
    return -1;
  }
}
