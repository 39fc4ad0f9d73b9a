package io.coshoring.core.match;

import static io.coshoring.core.adapter.LightMarkup.literal;

import io.coshoring.core.adapter.Button;
import io.coshoring.core.adapter.LightMarkup;
import io.coshoring.core.adapter.OutgoingMessage;
import io.coshoring.core.space.Member;
import io.coshoring.core.space.Space;
import io.coshoring.matching.Post;
import io.coshoring.matching.PostKind;
import java.util.List;

/** The words of the match messages: the proposal with its buttons, and the introduction. */
public final class MatchMessages {

  public static final String INTERESTED = "match:interested:";
  public static final String NOT_FOR_ME = "match:not-for-me:";
  public static final String MUTE_SIMILAR = "match:mute:";

  private MatchMessages() {}

  /**
   * Tells a member about the other side's post, why they were matched, and asks what they think.
   */
  public static OutgoingMessage proposal(
      ProposedMatch match, Post theirs, Member them, Space theirSpace) {
    String what = theirs.kind() == PostKind.OFFER ? "offers" : "needs";
    String text =
        "**New match** ("
            + percent(match.score())
            + "): **"
            + literal(them.displayName())
            + "** from "
            + where(theirSpace)
            + " "
            + what
            + ":\n> "
            + literal(theirs.text()).replace("\n", "\n> ")
            + "\n_Why:_ "
            // The engine's reasons name what members wrote (a city, a raw tag): literal too.
            + String.join(" · ", match.reasons().stream().map(LightMarkup::literal).toList());
    return new OutgoingMessage(
        text,
        List.of(),
        List.of(
            new Button(INTERESTED + match.id(), "I'm interested", Button.Style.PRIMARY),
            new Button(NOT_FOR_ME + match.id(), "Not for me", Button.Style.NEUTRAL),
            new Button(MUTE_SIMILAR + match.id(), "Mute similar", Button.Style.DANGER)));
  }

  /** The button that opens a project room for an introduced pair. */
  public static final String OPEN_ROOM = "room:open:";

  /** After two yeses: who the other person is and how to reach them. */
  public static OutgoingMessage introduction(
      ProposedMatch match, Member them, Space theirSpace, String timezone) {
    return new OutgoingMessage(
        "**It's a match!** You and **"
            + literal(them.displayName())
            + "** are both interested. Say hello!",
        List.of(
            new OutgoingMessage.Field("Name", literal(them.displayName())),
            new OutgoingMessage.Field(
                "Space", literal(theirSpace.name()) + " (" + theirSpace.platformName() + ")"),
            new OutgoingMessage.Field(
                "City", theirSpace.city() == null ? "not set" : literal(theirSpace.city())),
            new OutgoingMessage.Field("Timezone", timezone),
            new OutgoingMessage.Field(
                "Reach them",
                "message "
                    + literal(them.displayName())
                    + " on "
                    + theirSpace.platformName()
                    + ", in the "
                    + literal(theirSpace.name())
                    + " space")),
        List.of(new Button(OPEN_ROOM + match.id(), "Open a project room", Button.Style.PRIMARY)));
  }

  private static String where(Space space) {
    String name = literal(space.name());
    return space.city() == null ? name : name + " (" + literal(space.city()) + ")";
  }

  private static String percent(double score) {
    return Math.round(score * 100) + "%";
  }
}
