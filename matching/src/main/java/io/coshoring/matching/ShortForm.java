package io.coshoring.matching;

import java.util.Set;

/**
 * A short form members write for one of several skills: "PM" is a product manager or a project
 * manager. Which one a post means, its other skills tell, when they do (see {@link
 * ShortFormReading}).
 *
 * @param name the short form as the taxonomy writes it, for the reasons people read: {@code PM}
 * @param meanings the ids of the skills it may name, at least two
 */
record ShortForm(String name, Set<String> meanings) {

  ShortForm {
    meanings = Set.copyOf(meanings);
  }
}
