package io.coshoring.core.text;

import com.ibm.icu.text.BreakIterator;
import io.coshoring.core.text.RichText.Block;
import io.coshoring.core.text.RichText.CodeBlock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Cuts a message that is too long for its destination into parts that each fit: between blocks
 * where it can, else at a line or a word, and a code block into several fenced ones, so that no
 * part ever ends inside an open code fence.
 */
public final class MessageSplitter {

  private final MarkupWriter writer;
  private final int limit;

  /**
   * @param limit the most characters a part may have (Discord: 2,000)
   */
  public MessageSplitter(MarkupWriter writer, int limit) {
    if (limit < 40) {
      throw new IllegalArgumentException("a limit under 40 characters cannot hold a code fence");
    }
    this.writer = writer;
    this.limit = limit;
  }

  public List<String> split(RichText text) {
    List<String> parts = new ArrayList<>();
    StringBuilder part = new StringBuilder();
    for (Block block : text.blocks()) {
      for (String piece : pieces(block)) {
        int needed = piece.length() + (part.length() > 0 ? 1 : 0);
        if (part.length() + needed > limit && part.length() > 0) {
          parts.add(part.toString());
          part.setLength(0);
        }
        if (part.length() > 0) {
          part.append('\n');
        }
        part.append(piece);
      }
    }
    if (part.length() > 0 || parts.isEmpty()) {
      parts.add(part.toString());
    }
    return parts;
  }

  /** The block written out, in pieces that each fit within the limit. */
  private List<String> pieces(Block block) {
    String written = writer.block(block);
    if (written.length() <= limit) {
      return List.of(written);
    }
    if (block instanceof CodeBlock code) {
      return codePieces(code);
    }
    return textPieces(written);
  }

  /**
   * A code block in fenced pieces. Written code can be longer than typed (Slack escapes {@code &}
   * as {@code &amp;}, a fence inside is spaced out), so pieces that come out too long are made
   * again with less room: a fifth of it always fits.
   */
  private List<String> codePieces(CodeBlock code) {
    int room = limit - writer.fence(code.language(), "").length();
    while (true) {
      List<String> pieces = codePieces(code, room);
      if (pieces.stream().allMatch(piece -> piece.length() <= limit)) {
        return pieces;
      }
      room /= 2;
    }
  }

  private List<String> codePieces(CodeBlock code, int room) {
    List<String> pieces = new ArrayList<>();
    StringBuilder body = new StringBuilder();
    for (String line : code.code().split("\n", -1)) {
      for (String chunk : chunks(line, room)) {
        if (body.length() > 0 && body.length() + 1 + chunk.length() > room) {
          pieces.add(writer.fence(code.language(), body.toString()));
          body.setLength(0);
        }
        if (body.length() > 0) {
          body.append('\n');
        }
        body.append(chunk);
      }
    }
    pieces.add(writer.fence(code.language(), body.toString()));
    return pieces;
  }

  /**
   * Written text cut into pieces, never between a backslash and the character it escapes (the
   * character would act again), and an inline code span cut in two closed and opened again: its
   * code is written as typed, so outside the span it could ping.
   */
  private List<String> textPieces(String text) {
    List<String> pieces = new ArrayList<>();
    String rest = text;
    while (rest.length() > limit) {
      int room = limit - 1;
      int space = rest.lastIndexOf(' ', room);
      int cut = space > room / 2 ? space : characterCut(rest, room);
      if (splitsEscape(rest, cut)) {
        cut--;
      }
      boolean inCode = insideCode(rest, cut);
      pieces.add(rest.substring(0, cut) + (inCode ? "`" : ""));
      rest = inCode ? "`" + rest.substring(cut) : rest.substring(cut).stripLeading();
    }
    pieces.add(rest);
    return pieces;
  }

  /** Whether {@code index} falls inside a code span: after an odd number of unescaped backticks. */
  private static boolean insideCode(String written, int index) {
    boolean code = false;
    for (int i = 0; i < index; i++) {
      char c = written.charAt(i);
      if (c == '\\' && !code) {
        i++;
      } else if (c == '`') {
        code = !code;
      }
    }
    return code;
  }

  /** Whether {@code index} falls right after a backslash that escapes the next character. */
  private static boolean splitsEscape(String written, int index) {
    boolean code = false;
    for (int i = 0; i < index; i++) {
      char c = written.charAt(i);
      if (c == '\\' && !code) {
        if (i + 1 == index) {
          return true;
        }
        i++;
      } else if (c == '`') {
        code = !code;
      }
    }
    return false;
  }

  private static List<String> chunks(String line, int room) {
    List<String> chunks = new ArrayList<>();
    String rest = line;
    while (rest.length() > room) {
      int cut = characterCut(rest, room);
      chunks.add(rest.substring(0, cut));
      rest = rest.substring(cut);
    }
    chunks.add(rest);
    return chunks;
  }

  /**
   * The text itself when it has at most {@code max} UTF-16 units, else its start, cut between whole
   * characters, and an ellipsis, within {@code max}.
   */
  public static String shortened(String text, int max) {
    return text.length() <= max ? text : text.substring(0, characterCut(text, max - 1)) + "…";
  }

  /**
   * Where to cut {@code text} at or before {@code index}: between two characters as a reader sees
   * them (an emoji sequence, a letter and its accents are one), never inside a surrogate pair. A
   * single such character longer than the room (hundreds of stacked accents) is cut between code
   * points.
   */
  public static int characterCut(String text, int index) {
    BreakIterator characters = BreakIterator.getCharacterInstance(Locale.ROOT);
    characters.setText(text);
    int cut = characters.isBoundary(index) ? index : characters.preceding(index);
    if (cut > 0) {
      return cut;
    }
    return Character.isLowSurrogate(text.charAt(index)) ? index - 1 : index;
  }
}
