package io.coshoring.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Members who do not know a trade's vocabulary ask for its field in plain words: "legal help",
 * "aide pour la compta", "un·e informaticien·ne", "עזרה משפטית". The shipped taxonomy reads them as
 * the family skill, and ordinary sentences that brush against the same words name no skill.
 */
class FieldWordsTest {

  private static final SkillExtractor EXTRACTOR = new SkillExtractor(SkillTaxonomy.standard());

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        // English
        "Looking for legal help for a small startup; lawyer",
        "Need someone to help with the legal side of things; lawyer",
        "We have a few legal questions before signing; lawyer",
        "Accounting help needed, ideally once a month; accounting",
        "Anyone who could help with our books this quarter?; bookkeeping",
        "IT help needed, the laptops keep freezing; it-support",
        "We need a data person for a few days; data-analysis",
        "Someone for our data, two days a week; data-analysis",
        "Some design help before Friday; graphic-design",
        "Need help with hiring, we are growing fast; recruitment",
        "Sales help wanted for a two-person company; sales",
        "Someone for our marketing, part time; marketing",
        "HR help for the first hires; human-resources",
        "We want to organize an event for 50 people; event-organisation",
        "Tax help for a freelancer who just moved; tax-services",
        // French
        "Besoin d'aide juridique pour notre startup; lawyer",
        "Quelques questions juridiques avant de signer; lawyer",
        "Un coup de main juridique serait bienvenu; lawyer",
        "Je cherche de l'aide pour la compta, c'est le chaos; accounting",
        "Cherche un·e informaticien·ne deux jours par mois; it-support",
        "Une informaticienne disponible le mardi ?; it-support",
        "Quelqu'un pour notre marketing, à mi-temps; marketing",
        "Quelqu'un pour gérer nos réseaux sociaux; social-media",
        "Besoin d'un·e graphiste rapidement; graphic-design",
        "Nous cherchons une experte data pour exploiter nos données; data-analysis",
        "Qui peut nous aider à organiser un événement de lancement ?; event-organisation",
        "Des questions fiscales sur mon statut; tax-services",
        "Besoin de traduire des documents rapidement; translation",
        "Je veux créer mon entreprise cette année; company-formation",
        "Aide à la vente pour une jeune marque; sales",
        "Quelqu'un pour filmer notre soirée; videography",
        "Nous voulons passer au cloud cette année; cloud-architecture",
        "Besoin d'aide pour la gestion financière; cfo-services",
        // Hebrew
        "מחפשים עזרה משפטית לסטארטאפ; lawyer",
        "יש לי כמה שאלות משפטיות; lawyer",
        "צריכה עזרה בהנהלת חשבונות; bookkeeping",
        "מחפש איש מחשבים למשרד; it-support",
        "מחפשים איש דאטה לפרויקט קצר; data-analysis",
        "צריך מישהו לתרגם את האתר; translation",
        "עזרה בשיווק לעסק קטן; marketing",
        "רוצים לארגן אירוע לצוות; event-organisation",
        "מחפשת רואי חשבון לחברה; accounting",
        "שאלה לגבי ענייני מיסים; tax-services"
      })
  void plainWordsForAFieldNameItsFamilySkill(String text, String skill) {
    assertEquals(Set.of(skill), EXTRACTOR.fromText(text), text);
  }

  /** A field's words run into a trade's own phrase: the longer, more specific phrase still wins. */
  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "Besoin de rédiger un contrat de travail; employment-law",
        "Nous voulons organiser un événement d'entreprise en juin; corporate-events",
        "Créer un site e-commerce pour une petite marque; ecommerce-development",
        "Looking for help with event logistics in Tel Aviv; event-organisation",
        "צריך לנסח חוזה עבודה לעובד ראשון; employment-law"
      })
  void aTradePhraseAfterFieldWordsKeepsItsSkill(String text, String skill) {
    assertEquals(Set.of(skill), EXTRACTOR.fromText(text), text);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Is it legal to park in front of the building?",
        "Who left their books in the meeting room?",
        "Thanks for the help with the move yesterday",
        "I am open to new clients from September",
        "Merci pour le coup de main hier soir",
        "Le côté pratique du quartier me plaît beaucoup",
        "On fait un apéro vendredi, venez nombreux",
        "Does anyone know when the kitchen closes?",
        "מישהו יודע מתי המטבח נסגר?",
        "תודה על העזרה אתמול בערב"
      })
  void ordinarySentencesNameNoField(String text) {
    assertEquals(Set.of(), EXTRACTOR.fromText(text), text);
  }
}
