package io.coshoring.matching;

import java.util.Set;

/**
 * A canonical skill of the taxonomy, such as {@code react} or {@code video-editing}.
 *
 * @param broader the ids of the skills this one is a kind of: React is front-end development
 * @param related the ids of skills close enough that someone doing one often does the other
 * @param overlap whether the work usually needs shared working hours
 */
public record Skill(
    String id,
    String name,
    String category,
    Set<String> broader,
    Set<String> related,
    Overlap overlap) {

  public Skill {
    broader = Set.copyOf(broader);
    related = Set.copyOf(related);
  }
}
