package io.coshoring.core.api;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/**
 * What the network did, week by week: posts published, matches proposed, introductions (both said
 * yes), project rooms opened and collaborations confirmed (a week after an introduction, one of the
 * two said they worked together), and who was introduced to whom across spaces. Weeks are ISO weeks
 * in UTC, from Monday, the current one included: the network spans timezones, and one calendar lets
 * every space compare the same weeks.
 */
public interface Activity {

  /**
   * The whole network's figures over the last {@code weeks} weeks. Its flows name only the spaces
   * that share with the network; the others are {@link Place#OTHERS}.
   */
  Figures network(int weeks);

  /**
   * One space's figures: what its members posted, and the matches, introductions and rooms they
   * were part of, and its flows with other spaces, named as {@link #network} names them. Empty when
   * the network has no such space.
   */
  Optional<Figures> ofSpace(String spaceId, int weeks);

  /**
   * @param weeks oldest first
   * @param flows most introductions first
   */
  record Figures(List<Week> weeks, List<Flow> flows) {

    public Figures {
      weeks = List.copyOf(weeks);
      flows = List.copyOf(flows);
    }

    /** The weeks added up, as a week starting with the first. */
    public Week total() {
      return new Week(
          weeks.isEmpty() ? null : weeks.get(0).start(),
          weeks.stream().mapToInt(Week::posts).sum(),
          weeks.stream().mapToInt(Week::matches).sum(),
          weeks.stream().mapToInt(Week::introductions).sum(),
          weeks.stream().mapToInt(Week::rooms).sum(),
          weeks.stream().mapToInt(Week::collaborations).sum());
    }
  }

  /**
   * @param start its Monday
   * @param collaborations pairs confirmed to have worked together, in the week of the first "yes"
   */
  record Week(
      LocalDate start, int posts, int matches, int introductions, int rooms, int collaborations) {}

  /**
   * A space as the activity names it: its city is null until its admins set it up. A space that
   * keeps its posts inside is not named outside it: its flows go to {@link #OTHERS}.
   */
  record Place(String spaceId, String name, String city) {

    /** The spaces that keep their posts inside, together; each surface writes their name. */
    public static final Place OTHERS = new Place(null, null, null);

    public boolean others() {
      return spaceId == null;
    }
  }

  /** Members of two different spaces who worked together: introduced, and rooms opened. */
  record Flow(Place one, Place other, int introductions, int rooms) {}
}
