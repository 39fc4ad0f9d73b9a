package io.coshoring.core.match;

import static io.coshoring.core.adapter.LightMarkup.literal;

import io.coshoring.core.api.Reply;
import io.coshoring.core.command.Caller;
import io.coshoring.core.command.Command;
import io.coshoring.core.language.Phrases;
import io.coshoring.core.post.MemberPost;
import io.coshoring.core.post.PostStore;
import io.coshoring.core.space.MemberStore;
import io.coshoring.core.text.MessageSplitter;
import java.time.Clock;
import java.util.List;
import java.util.Locale;

/** {@code /coshore mine}: the member's open posts and their matches. */
public final class MineCommand implements Command {

  private final PostStore posts;
  private final MatchStore matches;
  private final MemberStore members;
  private final Clock clock;

  public MineCommand(PostStore posts, MatchStore matches, MemberStore members, Clock clock) {
    this.posts = posts;
    this.matches = matches;
    this.members = members;
    this.clock = clock;
  }

  @Override
  public String name() {
    return "mine";
  }

  @Override
  public String usage() {
    return "/coshore mine";
  }

  @Override
  public Reply run(Caller caller, String text) {
    Phrases phrases = caller.phrases();
    List<MemberPost> open = posts.openOf(caller.member().id(), clock.instant());
    List<ProposedMatch> mine = matches.of(caller.member().id());
    if (open.isEmpty() && mine.isEmpty()) {
      return Reply.privately(phrases.get("mine.nothing"));
    }
    StringBuilder reply = new StringBuilder(phrases.get("mine.posts"));
    for (MemberPost post : open) {
      reply
          .append("\n")
          .append(
              phrases.get(
                  "mine.post",
                  "post",
                  post.id(),
                  "kind",
                  post.kind().name().toLowerCase(Locale.ROOT),
                  "text",
                  literal(shortened(post.text())),
                  "until",
                  post.expiresAt().toString().substring(0, 10)));
    }
    if (open.isEmpty()) {
      reply.append("\n").append(phrases.get("mine.noPosts"));
    }
    reply.append("\n").append(phrases.get("mine.matches"));
    for (ProposedMatch match : mine) {
      String me = caller.member().id();
      String other =
          members
              .find(match.otherThan(me))
              // Another member's name is their words: shown as text, never as markup.
              .map(member -> literal(member.displayName()))
              .orElseGet(() -> phrases.get("mine.formerMember"));
      Answer said = match.answerOf(me);
      reply
          .append("\n")
          .append(
              phrases.get(
                  "mine.match",
                  "name",
                  other,
                  "score",
                  match.score(),
                  "state",
                  match.state().name().toLowerCase(Locale.ROOT),
                  "answer",
                  said == null ? "none" : said.name().toLowerCase(Locale.ROOT)));
    }
    if (mine.isEmpty()) {
      reply.append("\n").append(phrases.get("mine.noMatches"));
    }
    return Reply.privately(reply.toString());
  }

  private static String shortened(String text) {
    String line = text.replace('\n', ' ');
    return MessageSplitter.shortened(line, 80);
  }
}
