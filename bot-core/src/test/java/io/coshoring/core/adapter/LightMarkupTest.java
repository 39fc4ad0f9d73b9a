package io.coshoring.core.adapter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Locale;
import org.junit.jupiter.api.Test;

/** What a member wrote, inside the bot's own messages, makes no markup. */
class LightMarkupTest {

  @Test
  void everyMarkupCharacterAMemberWroteIsMadeLiteral() {
    assertEquals(
        "see \\[paypal.com\\](https://evil.example) \\*now\\* \\_x\\_ \\`c\\` \\|\\|s\\|\\| \\<@1\\> \\\\",
        LightMarkup.literal("see [paypal.com](https://evil.example) *now* _x_ `c` ||s|| <@1> \\"));
  }

  @Test
  void aPlatformWithoutEscapesWritesTheMarkupAroundButNotTheMemberText() {
    String message = "**Bold** by the bot: " + LightMarkup.literal("**not bold** <!channel>");

    String written =
        LightMarkup.render(
            message,
            markup -> markup.replace("**", "*").toUpperCase(Locale.ROOT),
            literal -> "[" + literal + "]");

    assertEquals("*BOLD* BY THE BOT: [*][*]NOT BOLD[*][*] [<]!CHANNEL[>]", written);
  }
}
