package io.coshoring.core.post;

import java.security.SecureRandom;
import java.util.random.RandomGenerator;

/** Short post ids a member can type back, as in {@code /coshore close p7k2m9}. */
public final class PostIds {

  // No 0/o or 1/l, which people misread.
  private static final char[] ALPHABET = "abcdefghijkmnpqrstuvwxyz23456789".toCharArray();
  private static final int LENGTH = 6;

  private final RandomGenerator random;

  public PostIds() {
    this(new SecureRandom());
  }

  /** Ids drawn from {@code random}: tests give one that repeats itself. */
  public PostIds(RandomGenerator random) {
    this.random = random;
  }

  public String next() {
    char[] id = new char[LENGTH + 1];
    id[0] = 'p';
    for (int i = 1; i <= LENGTH; i++) {
      id[i] = ALPHABET[random.nextInt(ALPHABET.length)];
    }
    return new String(id);
  }
}
