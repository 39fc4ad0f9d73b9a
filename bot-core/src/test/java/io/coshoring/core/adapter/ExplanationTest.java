package io.coshoring.core.adapter;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.coshoring.core.adapter.Explanation.Kind;
import io.coshoring.core.language.Language;
import io.coshoring.core.language.Phrasebook;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A platform's refusal, explained by its adapter, read in each member's language. */
class ExplanationTest {

  private static final String ISOLATE = "\u2068";
  private static final String END = "\u2069";

  private static final Explanation TWO_PERMISSIONS =
      Explanation.of(
          Kind.DISCORD_PERMISSIONS_MISSING,
          "permissions",
          List.of("View Channel", "Manage Webhooks"),
          "count",
          2,
          "where",
          "channel");

  @Test
  void missingPermissionsAreListedAsTheReadersLanguageListsThem() {
    assertEquals(
        "the bot lacks Discord's View Channel and Manage Webhooks permissions in this channel: a"
            + " server admin can give them to the bot's role there",
        in(Language.ENGLISH, TWO_PERMISSIONS));
    assertEquals(
        "il manque au bot les permissions Discord View Channel et Manage Webhooks dans ce salon :"
            + " une personne qui administre le serveur peut les accorder au rôle du bot pour ce"
            + " salon",
        in(Language.FRENCH, TWO_PERMISSIONS));
  }

  @Test
  void inHebrewThePermissionsNamesKeepTheirDirection() {
    String hebrew = in(Language.HEBREW, TWO_PERMISSIONS);

    assertEquals(
        "לבוט חסרות ההרשאות "
            + ISOLATE
            + "View Channel ו-Manage Webhooks"
            + END
            + " של Discord בערוץ הזה: מי שמנהל את השרת יכול לתת אותן לתפקיד של הבוט בערוץ הזה",
        hebrew);
  }

  @Test
  void oneMissingPermissionOfTheServerIsSaidInTheSingular() {
    Explanation one =
        Explanation.of(
            Kind.DISCORD_PERMISSIONS_MISSING,
            "permissions",
            List.of("Manage Channels"),
            "count",
            1,
            "where",
            "server");

    assertEquals(
        "il manque au bot la permission Discord Manage Channels sur ce serveur : une personne qui"
            + " administre le serveur peut l’accorder au rôle du bot dans les paramètres du serveur",
        in(Language.FRENCH, one));
    assertEquals(
        "לבוט חסרה ההרשאה "
            + ISOLATE
            + "Manage Channels"
            + END
            + " של Discord בשרת הזה: מי שמנהל את השרת יכול לתת אותה לתפקיד של הבוט בהגדרות השרת",
        in(Language.HEBREW, one));
  }

  @Test
  void aRefusalNobodyExplainedIsToldAsTheRefusalItIsNotInEnglish() {
    DeliveryException refused = DeliveryException.permanent("Slack answered weird_error", null);
    DeliveryException forNow = DeliveryException.temporary("Slack answered HTTP 503", null);

    assertEquals(Kind.REFUSED, refused.explanation().kind());
    assertEquals(Kind.NOT_TAKEN_FOR_NOW, forNow.explanation().kind());
    assertEquals(
        "la plateforme l’a refusé ; les journaux du bot disent pourquoi",
        in(Language.FRENCH, refused.explanation()));
    assertEquals(
        "הפלטפורמה הייתה עמוסה או לא זמינה; כנראה שזה זמני",
        in(Language.HEBREW, forNow.explanation()));
  }

  @Test
  void anExplainedRefusalKeepsItsEnglishForTheLogs() {
    Explanation archived = Explanation.of(Kind.SLACK_CHANNEL_ARCHIVED);
    DeliveryException refused =
        DeliveryException.permanent("that channel is archived in Slack", archived, null);

    assertEquals("that channel is archived in Slack", refused.getMessage());
    assertEquals(archived, refused.explanation());
    assertEquals(
        "ce canal est archivé dans Slack, on ne peut donc rien y publier : désarchivez-le puis"
            + " lancez-y `/coshore bridge resume`, ou lancez `/coshore bridge leave` pour le retirer"
            + " du pont",
        in(Language.FRENCH, archived));
  }

  private static String in(Language language, Explanation explanation) {
    return explanation.in(Phrasebook.standard().in(language));
  }
}
