package io.coshoring.core.command;

import io.coshoring.core.post.MemberPost;
import io.coshoring.core.post.PostRequest;
import io.coshoring.core.post.Posting;
import io.coshoring.matching.InvalidPostException;
import io.coshoring.matching.MatchingEngine;
import io.coshoring.matching.PostKind;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;

/**
 * What {@code /offer} and {@code /demand} share: read the line, publish, say what was understood.
 */
final class PublishPost {

  private final Posting posting;
  private final MatchingEngine engine;
  private final Clock clock;

  PublishPost(Posting posting, MatchingEngine engine, Clock clock) {
    this.posting = posting;
    this.engine = engine;
    this.clock = clock;
  }

  Reply run(PostKind kind, Caller caller, String text) {
    String usage = PostRequest.usage(kind);
    LocalDate today =
        LocalDate.now(
            clock.withZone(
                caller.space().zone() == null ? clock.getZone() : caller.space().zone()));
    PostRequest request = PostRequest.parse(kind, text, today);
    MemberPost post;
    try {
      post = posting.publish(caller.member(), caller.space(), request);
    } catch (InvalidPostException e) {
      throw new CommandException(e.getMessage(), usage);
    }
    Set<String> skills = engine.skillsOf(engine.get(post.id()).orElseThrow());
    String noun = kind.name().toLowerCase(Locale.ROOT);
    return Reply.privately(
        "Your "
            + noun
            + " `"
            + post.id()
            + "` is posted until "
            + post.expiresAt().toString().substring(0, 10)
            + ". "
            + (skills.isEmpty()
                ? "I found no known skill in it: adding hashtags such as #react or #video-editing helps matching."
                : "Skills I found: " + String.join(", ", skills) + ".")
            + " I'll message you when I find a match. Close it with `/coshore close "
            + post.id()
            + "`.");
  }
}
