package io.coshoring.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Demands that describe a problem rather than a trade, read with the shipped problem words: two
 * words of a skill or one telling phrase suggest it; a word in passing suggests nothing.
 */
class ProblemWordsReadingTest {

  private static final SkillExtractor EXTRACTOR = new SkillExtractor(SkillTaxonomy.standard());

  private static IndexedPost demand(String text) {
    return EXTRACTOR.read(TestPosts.demand("d", "lea@paris", text).build());
  }

  private static Set<String> suggested(String text) {
    return demand(text).suggested().stream()
        .map(Suggestion::skill)
        .collect(Collectors.toCollection(TreeSet::new));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        // English
        "Nobody opens our emails and half land in spam; email-deliverability email-marketing",
        "Our emails go to spam for most people; email-deliverability",
        "Our website takes forever to load on phones; web-performance",
        "The shop is slow and sluggish on mobile; web-performance",
        "The office echoes and nobody can take a call; acoustic-design",
        "So much noise and echo in the open room; acoustic-design",
        "The site crashes under load every black friday; performance-testing",
        "A shoebox full of receipts and invoices everywhere; bookkeeping",
        "Clients don't pay on time and I spend my days chasing invoices; credit-control",
        "Our wifi keeps dropping in the back rooms; network-administration",
        "We lost all our files when the hard drive died; backup-and-recovery",
        "Visitors leave without buying, lots of abandoned carts; cro",
        "Half the team left this year, morale is low and turnover is high; employee-engagement",
        "We keep missing deadlines and nobody knows who does what; project-management",
        "Too many bugs in production after every release; software-testing",
        "A few bad reviews on Google are hurting us, one star reviews; reputation-management",
        "We copy paste the same data by hand every week; workflow-automation",
        "My back pain gets worse at these chairs; ergonomics",
        "Our site looks like it was made in the nineties and visitors don't trust it; web-design",
        "Customers want to pay by card on our site instead of a bank transfer; stripe-integration",
        "Hundreds of support messages a week that we'd like routed by topic; nlp",
        "The app keeps going down at night and we don't know why; sre",
        "A small box at the shop door that can count people; iot",
        // French
        "Une boîte à chaussures pleine de tickets de caisse et l'URSSAF qui me relance;"
            + " bookkeeping freelance-tax",
        "Notre site est lent, le temps de chargement est énorme; web-performance",
        "Nos mails finissent en spam et personne n'ouvre; email-deliverability email-marketing",
        "La salle résonne, on ne s'entend pas en réunion; acoustic-design",
        "Tout plante dès qu'il y a du monde, pic de trafic le lundi; performance-testing",
        "Le wifi coupe sans arrêt au deuxième étage; network-administration",
        "Personne ne postule à nos offres; employer-branding",
        "On a des impayés et des retards de paiement partout; credit-control",
        "Des fautes d'orthographe dans toutes nos brochures; proofreading",
        "Notre site n'inspire pas confiance, il fait ringard; web-design",
        "Que nos clients puissent payer en ligne au lieu de recevoir notre RIB; stripe-integration",
        "Des centaines de messages à classer par sujet chaque matin; nlp",
        "Le serveur tombe en panne chaque semaine, on ne sait pas pourquoi; sre",
        "Un petit boîtier à l'entrée qui compte les personnes; iot",
        // Hebrew
        "המיילים שלנו נכנסים לספאם; email-deliverability",
        "האתר איטי וזמן טעינה ארוך; web-performance",
        "המשרד מהדהד ואי אפשר לדבר בטלפון; acoustic-design",
        "ערימת קבלות על השולחן; bookkeeping",
        "הוויפי נופל כל הזמן; network-administration",
        "לקוחות לא משלמים בזמן; credit-control",
        "האתר שלנו לא מעורר אמון; web-design",
        "רוצים שלקוחות יוכלו לשלם באתר בכרטיס אשראי; stripe-integration",
        "למיין את הפניות של הלקוחות לפי נושא; nlp"
      })
  void problemWordsSuggestTheSkillThatSolvesThem(String text, String skills) {
    assertEquals(new TreeSet<>(Arrays.asList(skills.split(" "))), suggested(text), text);
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Got a spam call this morning, funny",
        "Slow morning, anyone for coffee?",
        "Looking for a React developer for three months",
        "Thanks for the receipts from yesterday's lunch",
        "The lunch was noisy but fun",
        "Deadline is Friday, any volunteers for the quiz?",
        "Le café est lent à couler ce matin",
        "On a gardé les tickets pour le concert",
        "Il y a du bruit dans la rue aujourd'hui",
        "מישהו ראה את המטען שלי?",
        "הקפה במטבח איטי היום",
        "We are hiring, come say hi"
      })
  void oneProblemWordInPassingSuggestsNothing(String text) {
    assertEquals(Set.of(), suggested(text), text);
  }

  @Test
  void aSkillOfTheSameFamilyNamedByTheDemandTakesThePlaceOfTheSuggestion() {
    assertEquals(Set.of(), suggested("Email marketing help: half our emails land in spam"));
    assertEquals(
        Set.of(), suggested("Need page speed optimization, the site takes forever to load"));
  }

  @Test
  void aSkillOfAnotherFamilyLeavesTheSuggestionStanding() {
    IndexedPost read = demand("A React developer: our site takes forever to load");

    assertEquals(Set.of("react"), read.skills());
    assertEquals(
        List.of(new Suggestion("web-performance", List.of("takes forever to load"))),
        read.suggested());
  }

  @Test
  void anOfferNamesItsTradeAndItsWordsSuggestNothing() {
    IndexedPost offer =
        EXTRACTOR.read(
            TestPosts.offer("o", "tom@lyon", "I rescue emails that land in spam").build());

    assertEquals(List.of(), offer.suggested());
  }
}
