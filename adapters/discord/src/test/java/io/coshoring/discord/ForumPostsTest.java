package io.coshoring.discord;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.coshoring.core.adapter.RelayedMessage;
import io.coshoring.core.text.RichText;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A post's title, made from a message, and a starter message that carries its post's title. */
class ForumPostsTest {

  private static final DiscordMarkdown.Names NO_NAMES =
      new DiscordMarkdown.Names() {
        @Override
        public String user(String id) {
          return "someone";
        }

        @Override
        public String role(String id) {
          return "a role";
        }

        @Override
        public String channel(String id) {
          return "a channel";
        }
      };

  @Test
  void aTitleIsTheFirstLineWithTextCutToDiscordsLimit() {
    assertEquals(
        "Lobby mural", ForumPosts.title(message("amelie", "\n  Lobby mural \nwho paints?")));
    String title = ForumPosts.title(message("amelie", "x".repeat(98) + "😀 and more"));
    assertEquals("x".repeat(98) + "…", title, "no half of an emoji");
    assertEquals(
        ForumPosts.MAX_TITLE, ForumPosts.title(message("amelie", "y".repeat(300))).length());
  }

  @Test
  void aMessageOfFilesAloneIsTitledWithItsAuthorsName() {
    assertEquals("amelie", ForumPosts.title(message("amelie", "")));
  }

  @Test
  void aStarterMessageReadsWithItsTitleInBoldUnlessItBeginsWithIt() {
    RichText text = DiscordMarkdown.read("who paints?", NO_NAMES);

    assertEquals(
        DiscordMarkdown.read("**Lobby mural**\nwho paints?", NO_NAMES).blocks(),
        ForumPosts.withTitle("Lobby mural", text).blocks());
    RichText titled = DiscordMarkdown.read("Lobby mural\nwho paints?", NO_NAMES);
    assertEquals(titled, ForumPosts.withTitle("Lobby mural", titled));
  }

  private static RelayedMessage message(String author, String text) {
    return new RelayedMessage(
        author, "Slack Paris", null, DiscordMarkdown.read(text, NO_NAMES), null, List.of());
  }
}
