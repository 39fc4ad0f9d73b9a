package io.coshoring.core.bridge;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.coshoring.core.adapter.Explanation;
import io.coshoring.core.language.Phrases;
import java.util.Arrays;
import java.util.Map;
import java.util.Optional;

/**
 * A channel's last failure as {@code relay_health.last_error} holds it: its explanation as JSON (a
 * key and values), so that {@code bridge status} says it in each reader's language.
 */
final class LastErrorColumn {

  private static final ObjectMapper JSON = new ObjectMapper();

  private LastErrorColumn() {}

  static String written(Explanation explanation) {
    try {
      return JSON.writeValueAsString(
          Map.of("key", explanation.kind().key(), "values", explanation.values()));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException(
          "an explanation that is not plain data: " + explanation, e);
    }
  }

  /**
   * The failure in the reader's words; a row written before failures were explained is English
   * text, shown as it is, as nothing says what it meant.
   */
  static String shown(String column, Phrases phrases) {
    return explanation(column).map(explanation -> explanation.in(phrases)).orElse(column);
  }

  private static Optional<Explanation> explanation(String column) {
    if (!column.startsWith("{")) {
      return Optional.empty();
    }
    try {
      JsonNode row = JSON.readTree(column);
      String key = row.path("key").asText();
      Map<String, Object> values =
          JSON.convertValue(row.path("values"), new TypeReference<Map<String, Object>>() {});
      return Arrays.stream(Explanation.Kind.values())
          .filter(kind -> kind.key().equals(key))
          .findFirst()
          .map(kind -> new Explanation(kind, values == null ? Map.of() : values));
    } catch (JsonProcessingException e) {
      // Not JSON after all: English text that began with a brace, shown as it is.
      return Optional.empty();
    }
  }
}
