package io.coshoring.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.coshoring.core.adapter.Emoji;
import org.junit.jupiter.api.Test;

/** Slack's emoji names and Unicode, both ways, skin tones and custom emoji included. */
class SlackEmojiTest {

  @Test
  void standardNamesBecomeUnicodeAndBack() {
    assertEquals(Emoji.unicode("👍"), SlackEmoji.read("thumbsup"));
    assertEquals("+1", SlackEmoji.name(Emoji.unicode("👍")));
    assertEquals(Emoji.unicode("🎉"), SlackEmoji.read("tada"));
  }

  @Test
  void everySkinToneKeepsItsTone() {
    for (int tone = 2; tone <= 6; tone++) {
      String name = "+1::skin-tone-" + tone;
      Emoji read = SlackEmoji.read(name);
      assertEquals(
          "👍" + Character.toString(0x1F3FB + tone - 2), read.value(), "skin tone " + tone);
      assertEquals(name, SlackEmoji.name(read));
    }
  }

  @Test
  void aHeartWithoutItsVariationSelectorIsStillAHeart() {
    assertEquals("heart", SlackEmoji.name(Emoji.unicode("❤")));
    assertEquals("heart", SlackEmoji.name(Emoji.unicode("❤️")));
  }

  @Test
  void anUnknownNameIsTheWorkspacesOwnEmoji() {
    assertEquals(Emoji.custom("partyparrot"), SlackEmoji.read("partyparrot"));
    assertEquals("partyparrot", SlackEmoji.name(Emoji.custom("partyparrot")));
  }
}
