package io.coshoring.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.coshoring.matching.InvalidPostException.Field;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class WorkingHoursTest {

  @ParameterizedTest
  @CsvSource({
    "9-18, 09:00-18:00",
    "09:30 - 17:30, 09:30-17:30",
    "22-6, 22:00-06:00",
    "8-24, 08:00-00:00"
  })
  void readsRanges(String text, String expected) {
    assertEquals(expected, WorkingHours.parse(text).toString());
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "nine to six", "9-9", "25-3", "9:75-18"})
  void refusesWhatIsNotARange(String text) {
    assertEquals(
        Field.HOURS,
        assertThrows(InvalidPostException.class, () -> WorkingHours.parse(text)).field());
  }
}
