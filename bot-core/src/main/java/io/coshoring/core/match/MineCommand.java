package io.coshoring.core.match;

import static io.coshoring.core.adapter.LightMarkup.literal;

import io.coshoring.core.api.Reply;
import io.coshoring.core.command.Caller;
import io.coshoring.core.command.Command;
import io.coshoring.core.post.MemberPost;
import io.coshoring.core.post.PostStore;
import io.coshoring.core.space.Member;
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
    List<MemberPost> open = posts.openOf(caller.member().id(), clock.instant());
    List<ProposedMatch> mine = matches.of(caller.member().id());
    if (open.isEmpty() && mine.isEmpty()) {
      return Reply.privately("You have no open posts. Post one with /offer or /demand.");
    }
    StringBuilder reply = new StringBuilder("**Your open posts**");
    for (MemberPost post : open) {
      reply
          .append("\n`")
          .append(post.id())
          .append("` ")
          .append(post.kind().name().toLowerCase(Locale.ROOT))
          .append(": ")
          .append(literal(shortened(post.text())))
          .append(" (until ")
          .append(post.expiresAt().toString(), 0, 10)
          .append(")");
    }
    if (open.isEmpty()) {
      reply.append("\nnone");
    }
    reply.append("\n**Your matches**");
    for (ProposedMatch match : mine) {
      String me = caller.member().id();
      String other =
          members.find(match.otherThan(me)).map(Member::displayName).orElse("a former member");
      Answer said = match.answerOf(me);
      reply
          .append("\nwith ")
          .append(other)
          .append(": ")
          .append(Math.round(match.score() * 100))
          .append("%, ")
          .append(match.state().name().toLowerCase(Locale.ROOT))
          .append(
              said == null
                  ? ", waiting for your answer"
                  : ", you said " + said.name().toLowerCase(Locale.ROOT).replace('_', ' '));
    }
    if (mine.isEmpty()) {
      reply.append("\nnone yet");
    }
    return Reply.privately(reply.toString());
  }

  private static String shortened(String text) {
    String line = text.replace('\n', ' ');
    return MessageSplitter.shortened(line, 80);
  }
}
