package io.coshoring.core.match;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.coshoring.matching.Reason;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * A match's reasons as {@code matches.reasons} holds them: a JSON list of keys and values, so that
 * a match read back is written again in any reader's language.
 */
final class ReasonsColumn {

  /**
   * The key of a reason stored as English text by a version before reasons were data: its message
   * gives the text as it is, in every language, since nothing says what it meant.
   */
  static final String WRITTEN = "written";

  // Amounts stay exact, as the engine gave them.
  private static final ObjectMapper JSON =
      new ObjectMapper().enable(DeserializationFeature.USE_BIG_DECIMAL_FOR_FLOATS);

  private ReasonsColumn() {}

  static String written(List<Reason> reasons) {
    try {
      return JSON.writeValueAsString(reasons);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("reasons that are not plain data: " + reasons, e);
    }
  }

  /** The reasons of a row, as data, or as lines of English text in a row written before. */
  static List<Reason> read(String column) {
    if (column.isEmpty()) {
      return List.of();
    }
    if (column.startsWith("[")) {
      try {
        return JSON.readValue(column, new TypeReference<List<Reason>>() {});
      } catch (JsonProcessingException e) {
        // Not JSON after all: an English line that began with a bracket, read as text below.
      }
    }
    return Arrays.stream(column.split("\n"))
        .map(line -> new Reason(WRITTEN, Map.of("text", line)))
        .toList();
  }
}
