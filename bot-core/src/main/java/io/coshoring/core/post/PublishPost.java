package io.coshoring.core.post;

import io.coshoring.core.api.FormRejected;
import io.coshoring.core.api.Outcome;
import io.coshoring.core.api.PostForm;
import io.coshoring.core.api.Reply;
import io.coshoring.core.cli.CommandException;
import io.coshoring.core.command.Caller;
import io.coshoring.matching.InvalidPostException;
import io.coshoring.matching.MatchingEngine;
import io.coshoring.matching.PostKind;
import java.time.Clock;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Set;

/**
 * What {@code /offer}, {@code /demand} and the posting form share: read the post, publish it, say
 * what was understood.
 */
public final class PublishPost {

  private final Posting posting;
  private final MatchingEngine engine;
  private final Clock clock;

  public PublishPost(Posting posting, MatchingEngine engine, Clock clock) {
    this.posting = posting;
    this.engine = engine;
    this.clock = clock;
  }

  Reply run(PostKind kind, Caller caller, String text) {
    PostRequest request = PostRequest.parse(kind, text, today(caller), caller.phrases());
    try {
      return publish(caller, request);
    } catch (InvalidPostException e) {
      throw new CommandException(
          PostRequest.described(e, caller.phrases()), PostRequest.usage(kind));
    }
  }

  /** Publishes the post a form describes, or says which of its fields are wrong. */
  public Outcome submit(Caller caller, PostForm form) {
    try {
      PostRequest request = PostFormReader.read(form, today(caller), caller.phrases());
      try {
        return publish(caller, request);
      } catch (InvalidPostException e) {
        throw PostFormReader.errorOf(e, caller.phrases());
      }
    } catch (PostFormException e) {
      return new FormRejected(e.errors());
    }
  }

  /** The member's date, to check that {@code until:} is not in the past. */
  private LocalDate today(Caller caller) {
    return LocalDate.now(clock.withZone(caller.zone()));
  }

  private Reply publish(Caller caller, PostRequest request) {
    PostKind kind = request.kind();
    MemberPost post =
        posting.publish(caller.member(), caller.space(), request, caller.requestKey());
    Set<String> skills = engine.skillsOf(engine.get(post.id()).orElseThrow());
    return Reply.privately(
        caller
            .phrases()
            .get(
                "post.published",
                "kind",
                kind.name().toLowerCase(Locale.ROOT),
                "post",
                post.id(),
                "until",
                post.expiresAt().toString().substring(0, 10),
                "found",
                skills.isEmpty() ? "none" : "some",
                "skills",
                String.join(", ", skills)));
  }
}
