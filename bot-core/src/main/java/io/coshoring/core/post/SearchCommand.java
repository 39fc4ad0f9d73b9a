package io.coshoring.core.post;

import static io.coshoring.core.adapter.LightMarkup.literal;

import io.coshoring.core.api.Reply;
import io.coshoring.core.cli.CommandException;
import io.coshoring.core.command.Caller;
import io.coshoring.core.command.Command;
import io.coshoring.core.language.Phrases;
import io.coshoring.core.text.MemberText;
import io.coshoring.core.text.MessageSplitter;
import io.coshoring.matching.MatchingEngine;
import io.coshoring.matching.NetworkSearch;
import io.coshoring.matching.Post;
import java.util.List;
import java.util.Locale;

/** {@code /coshore search <query>}: browses the network's open offers and demands. */
public final class SearchCommand implements Command {

  private static final int RESULTS = 10;

  private final MatchingEngine engine;

  public SearchCommand(MatchingEngine engine) {
    this.engine = engine;
  }

  @Override
  public String name() {
    return "search";
  }

  @Override
  public String usage() {
    return "/coshore search <words>";
  }

  @Override
  public Reply run(Caller caller, String text) {
    Phrases phrases = caller.phrases();
    if (MemberText.isBlank(text)) {
      throw new CommandException(phrases.get("search.empty"), usage());
    }
    if (MemberText.length(text) > 500) {
      throw new CommandException(phrases.get("search.tooLong"), usage());
    }
    List<Post> found =
        engine.search(NetworkSearch.from(caller.space().id()).withText(text), RESULTS);
    if (found.isEmpty()) {
      return Reply.privately(phrases.get("search.nothing", "words", literal(text)));
    }
    StringBuilder reply = new StringBuilder(phrases.get("search.found", "words", literal(text)));
    for (Post post : found) {
      String line = post.text().replace('\n', ' ');
      reply
          .append("\n")
          .append(
              phrases.get(
                  "search.line",
                  "post",
                  post.id(),
                  "kind",
                  post.kind().name().toLowerCase(Locale.ROOT),
                  "text",
                  literal(MessageSplitter.shortened(line, 100))));
    }
    return Reply.privately(reply.toString());
  }
}
