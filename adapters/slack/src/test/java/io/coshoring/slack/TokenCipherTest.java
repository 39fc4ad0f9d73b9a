package io.coshoring.slack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class TokenCipherTest {

  private final TokenCipher cipher =
      new TokenCipher(TokenKeys.of(new byte[TokenKeys.KEY_BYTES], null));

  @Test
  void theSameTokenIsStoredDifferentlyEachTime() throws TokenCipher.UnreadableToken {
    String once = cipher.seal("xoxb-paris", "T1");
    String twice = cipher.seal("xoxb-paris", "T1");

    assertNotEquals(once, twice, "a fresh IV each time");
    assertEquals("xoxb-paris", cipher.open(once, "T1"));
    assertEquals("xoxb-paris", cipher.open(twice, "T1"));
  }

  @Test
  void aTokenDoesNotOpenForAnotherTeam() {
    String paris = cipher.seal("xoxb-paris", "T1");

    TokenCipher.UnreadableToken e =
        assertThrows(TokenCipher.UnreadableToken.class, () -> cipher.open(paris, "T2"));

    assertFalse(e.otherKey());
    assertTrue(e.getMessage().contains("integrity check"), e.getMessage());
  }

  @Test
  void aTokenOfAnotherKeySaysSo() {
    TokenCipher other =
        new TokenCipher(
            TokenKeys.of(
                new byte[] {
                  1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23,
                  24, 25, 26, 27, 28, 29, 30, 31, 32
                },
                null));

    TokenCipher.UnreadableToken e =
        assertThrows(
            TokenCipher.UnreadableToken.class,
            () -> cipher.open(other.seal("xoxb-paris", "T1"), "T1"));

    assertTrue(e.otherKey(), e.getMessage());
  }
}
