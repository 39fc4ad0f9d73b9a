package io.coshoring.core.match;

import static io.coshoring.core.adapter.LightMarkup.literal;

import io.coshoring.core.adapter.Button;
import io.coshoring.core.adapter.OutgoingMessage;
import io.coshoring.core.language.Phrases;
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
   * Tells a member about the other side's post, why they were matched, and asks what they think, in
   * the member's language. The post is never translated: it is shown as its author wrote it.
   */
  public static OutgoingMessage proposal(
      Phrases phrases, ProposedMatch match, Post theirs, Member them, Space theirSpace) {
    String text =
        phrases.get(
            "match.proposal",
            "score",
            match.score(),
            "name",
            literal(them.displayName()),
            "space",
            where(phrases, theirSpace),
            "kind",
            theirs.kind() == PostKind.OFFER ? "offer" : "demand",
            "text",
            literal(theirs.text()).replace("\n", "\n> "),
            "reasons",
            String.join(" · ", match.reasons().stream().map(new ReasonText(phrases)::of).toList()));
    return withAnswers(phrases, match, text);
  }

  /**
   * Tells a card's author that a member found it on the network's wall and is interested, with that
   * member's own post, and asks what they think: the buttons of a proposal.
   */
  public static OutgoingMessage interestFromWall(
      Phrases phrases,
      ProposedMatch match,
      Post yours,
      Post theirs,
      Member them,
      Space theirSpace) {
    String text =
        phrases.get(
            "match.wallInterest",
            "name",
            literal(them.displayName()),
            "space",
            where(phrases, theirSpace),
            "yours",
            yours.kind() == PostKind.OFFER ? "offer" : "demand",
            "kind",
            theirs.kind() == PostKind.OFFER ? "offer" : "demand",
            "text",
            literal(theirs.text()).replace("\n", "\n> "));
    return withAnswers(phrases, match, text);
  }

  private static OutgoingMessage withAnswers(Phrases phrases, ProposedMatch match, String text) {
    return new OutgoingMessage(
        text,
        List.of(),
        List.of(
            new Button(
                INTERESTED + match.id(), phrases.get("match.interested"), Button.Style.PRIMARY),
            new Button(
                NOT_FOR_ME + match.id(), phrases.get("match.notForMe"), Button.Style.NEUTRAL),
            new Button(
                MUTE_SIMILAR + match.id(), phrases.get("match.muteSimilar"), Button.Style.DANGER)));
  }

  /** The button that opens a project room for an introduced pair. */
  public static final String OPEN_ROOM = "room:open:";

  /** After two yeses: who the other person is and how to reach them, in the member's language. */
  public static OutgoingMessage introduction(
      Phrases phrases, ProposedMatch match, Member them, Space theirSpace, String timezone) {
    String name = literal(them.displayName());
    String space = literal(theirSpace.name());
    return new OutgoingMessage(
        phrases.get("match.introduction", "name", name),
        List.of(
            new OutgoingMessage.Field(phrases.get("match.field.name"), name),
            new OutgoingMessage.Field(
                phrases.get("match.field.space"),
                phrases.get(
                    "match.spaceOnPlatform",
                    "space",
                    space,
                    "platform",
                    theirSpace.platformName())),
            new OutgoingMessage.Field(
                phrases.get("match.field.city"),
                theirSpace.city() == null
                    ? phrases.get("match.cityUnset")
                    : literal(theirSpace.city())),
            new OutgoingMessage.Field(phrases.get("match.field.timezone"), timezone),
            new OutgoingMessage.Field(
                phrases.get("match.field.reach"),
                phrases.get(
                    "match.reachThem",
                    "name",
                    name,
                    "platform",
                    theirSpace.platformName(),
                    "space",
                    space))),
        List.of(
            new Button(
                OPEN_ROOM + match.id(), phrases.get("match.openRoom"), Button.Style.PRIMARY)));
  }

  private static String where(Phrases phrases, Space space) {
    String name = literal(space.name());
    return space.city() == null
        ? name
        : phrases.get("match.spaceInCity", "space", name, "city", literal(space.city()));
  }
}
