package io.coshoring.core.match;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import org.junit.jupiter.api.Test;

class PseudonymsTest {

  @Test
  void anIdKeepsItsNameWithinAnExportAndNoOtherOne() {
    Pseudonyms one = Pseudonyms.forOneExport();
    Pseudonyms another = Pseudonyms.forOneExport();

    assertEquals(one.of("member-", "slack:T1:U1"), one.of("member-", "slack:T1:U1"));
    assertNotEquals(one.of("member-", "slack:T1:U1"), one.of("member-", "slack:T1:U2"));
    assertNotEquals(
        one.of("member-", "slack:T1:U1"),
        another.of("member-", "slack:T1:U1"),
        "a list of ids hashed elsewhere finds nobody");
  }
}
