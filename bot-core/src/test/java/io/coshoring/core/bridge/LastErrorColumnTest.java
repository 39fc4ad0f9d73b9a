package io.coshoring.core.bridge;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.coshoring.core.adapter.Explanation;
import io.coshoring.core.adapter.Explanation.Kind;
import io.coshoring.core.language.Language;
import io.coshoring.core.language.Phrasebook;
import io.coshoring.core.language.Phrases;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * A channel's last failure is stored as its explanation and read back in each reader's language;
 * rows written before failures were explained still show their English.
 */
class LastErrorColumnTest {

  private static final Phrases FRENCH = Phrasebook.standard().in(Language.FRENCH);
  private static final Phrases HEBREW = Phrasebook.standard().in(Language.HEBREW);

  @Test
  void anExplanationReadBackIsWrittenInTheReadersLanguage() {
    String column =
        LastErrorColumn.written(
            Explanation.of(
                Kind.DISCORD_PERMISSIONS_MISSING,
                "permissions",
                List.of("Manage Webhooks"),
                "count",
                1,
                "where",
                "channel"));

    assertEquals(
        "il manque au bot la permission Discord Manage Webhooks dans ce salon : une personne qui"
            + " administre le serveur peut l’accorder au rôle du bot pour ce salon",
        LastErrorColumn.shown(column, FRENCH));
    assertEquals(
        "לבוט חסרה ההרשאה \u2068Manage Webhooks\u2069 של Discord בערוץ הזה: מי שמנהל את השרת"
            + " יכול לתת אותה לתפקיד של הבוט בערוץ הזה",
        LastErrorColumn.shown(column, HEBREW));
  }

  @Test
  void aScopeReadBackIsStillNamed() {
    String column =
        LastErrorColumn.written(Explanation.of(Kind.SLACK_SCOPE_MISSING, "scope", "groups:write"));

    assertEquals(
        "l’espace de travail Slack n’a pas accordé la permission `groups:write` à coshoring : une"
            + " personne qui l’administre peut réinstaller l’application pour l’accorder",
        LastErrorColumn.shown(column, FRENCH));
  }

  @Test
  void anEnglishRowFromBeforeIsShownAsItIs() {
    String old = "the bot lacks Discord's \"Manage Webhooks\" permission in that channel";

    assertEquals(old, LastErrorColumn.shown(old, FRENCH));
    assertEquals("{oops", LastErrorColumn.shown("{oops", FRENCH));
  }

  @Test
  void aKindThisVersionDoesNotKnowIsShownAsItWasStored() {
    String unknown = "{\"key\":\"someLaterKind\",\"values\":{}}";

    assertEquals(unknown, LastErrorColumn.shown(unknown, HEBREW));
  }
}
