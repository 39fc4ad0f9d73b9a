package io.coshoring.core.activity;

import static io.coshoring.core.adapter.LightMarkup.literal;

import io.coshoring.core.api.Activity;
import io.coshoring.core.api.Activity.Figures;
import io.coshoring.core.api.Activity.Flow;
import io.coshoring.core.api.Activity.Place;
import io.coshoring.core.api.Activity.Week;
import io.coshoring.core.api.Reply;
import io.coshoring.core.command.Caller;
import io.coshoring.core.command.Command;
import io.coshoring.core.language.Phrases;

/**
 * {@code /coshore stats}: the network's figures over the last weeks, week by week, and for a
 * space's admins their space's too.
 */
public final class StatsCommand implements Command {

  static final int WEEKS = 4;

  /** The flows a chat message lists: the web page's table has them all. */
  private static final int FLOWS_SHOWN = 5;

  private final Activity activity;

  public StatsCommand(Activity activity) {
    this.activity = activity;
  }

  @Override
  public String name() {
    return "stats";
  }

  @Override
  public String usage() {
    return "/coshore stats";
  }

  @Override
  public Reply run(Caller caller, String text) {
    Phrases phrases = caller.phrases();
    StringBuilder reply = new StringBuilder(phrases.get("stats.network", "weeks", WEEKS));
    figures(reply, activity.network(WEEKS), phrases);
    if (caller.isSpaceAdmin()) {
      activity
          .ofSpace(caller.space().id(), WEEKS)
          .ifPresent(
              space -> {
                reply
                    .append("\n\n")
                    .append(
                        phrases.get(
                            "stats.space",
                            "space",
                            literal(caller.space().name()),
                            "weeks",
                            WEEKS));
                figures(reply, space, phrases);
              });
    }
    return Reply.privately(reply.toString());
  }

  private static void figures(StringBuilder reply, Figures figures, Phrases phrases) {
    for (Week week : figures.weeks()) {
      reply
          .append("\n")
          .append(
              phrases.get(
                  "stats.week",
                  "date",
                  phrases.dayAndMonth(week.start()),
                  "figures",
                  counts(week, phrases)));
    }
    reply
        .append("\n")
        .append(phrases.get("stats.total", "figures", counts(figures.total(), phrases)));
    if (figures.flows().isEmpty()) {
      reply.append("\n").append(phrases.get("stats.noFlows"));
      return;
    }
    reply.append("\n").append(phrases.get("stats.flows"));
    for (Flow flow : figures.flows().subList(0, Math.min(FLOWS_SHOWN, figures.flows().size()))) {
      reply
          .append("\n")
          .append(
              phrases.get(
                  "activity.flow",
                  "one",
                  place(flow.one(), phrases),
                  "other",
                  place(flow.other(), phrases),
                  "introductions",
                  flow.introductions(),
                  "rooms",
                  flow.rooms()));
    }
  }

  private static String counts(Week week, Phrases phrases) {
    return phrases.get(
        "stats.figures",
        "posts",
        week.posts(),
        "matches",
        week.matches(),
        "introductions",
        week.introductions(),
        "rooms",
        week.rooms(),
        "collaborations",
        week.collaborations());
  }

  /** A space's name and city are its admins' words: shown as text, never as markup. */
  private static String place(Place place, Phrases phrases) {
    if (place.others()) {
      return phrases.get("activity.otherSpaces");
    }
    return place.city() == null
        ? literal(place.name())
        : phrases.get(
            "activity.place", "space", literal(place.name()), "city", literal(place.city()));
  }
}
