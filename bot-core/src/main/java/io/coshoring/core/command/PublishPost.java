package io.coshoring.core.command;

import io.coshoring.core.post.MemberPost;
import io.coshoring.core.post.PostForm;
import io.coshoring.core.post.PostFormException;
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
    PostRequest request = PostRequest.parse(kind, text, today(caller));
    try {
      return publish(caller, request);
    } catch (InvalidPostException e) {
      throw new CommandException(e.getMessage(), PostRequest.usage(kind));
    }
  }

  /**
   * @throws PostFormException naming the fields that are wrong
   */
  Reply submit(Caller caller, PostForm form) {
    PostRequest request = form.toRequest(today(caller));
    try {
      return publish(caller, request);
    } catch (InvalidPostException e) {
      throw PostForm.errorOf(e);
    }
  }

  private LocalDate today(Caller caller) {
    return LocalDate.now(
        clock.withZone(caller.space().zone() == null ? clock.getZone() : caller.space().zone()));
  }

  private Reply publish(Caller caller, PostRequest request) {
    PostKind kind = request.kind();
    MemberPost post = posting.publish(caller.member(), caller.space(), request);
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
