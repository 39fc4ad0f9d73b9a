package io.coshoring.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Work members write in forms the shipped taxonomy must read: an adjective that alone says the
 * trade ("assermentée"), a trade's own abbreviation ("VOSTFR"), the work as a verb on its object
 * ("edit our podcast"), a review as well as an audit, the person of a field ("a video person"),
 * manual testing apart from automation, an IT admin and the Google Workspace they run, a role on a
 * platform (an AWS solutions architect), the project manager an office move needs; a deck done
 * apart like its slides; and trades close enough to stand in for each other in part.
 */
class ShippedAliasesTest {

  private static final SkillTaxonomy TAXONOMY = SkillTaxonomy.standard();
  private static final SkillExtractor EXTRACTOR = new SkillExtractor(TAXONOMY);

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "Traductrice technique assermentée près la cour d'appel; certified-translation",
        "Il me faut des actes de naissance traduits par un traducteur médical assermenté; certified-translation",
        "VOSTFR pour notre websérie, 10 épisodes; subtitling",
        "Need VOST for a short film shown at a festival; subtitling",
        "Someone to edit our podcast twice a month; podcast-editing",
        "Who can edit my podcast episodes? Raw audio ready; podcast-editing",
        "Cherche quelqu'un pour monter notre podcast chaque semaine; podcast-editing",
        "מחפשת מישהו לערוך את הפודקאסט שלנו; podcast-editing",
        "A security review of our web platform before launch; cybersecurity",
        "Une revue de sécurité de notre SI avant la levée; cybersecurity",
        "AWS security review for a fintech, IAM and S3; cloud-security",
        "We need a video person for our product launch film; video-production",
        "A two-minute explainer for our booking app; explainer-video",
        "Need two manual testers before the release; manual-testing",
        "Testeuse manuelle pour notre appli de réservation; manual-testing",
        "בודקת ידנית לאפליקציה; manual-testing",
        "Coding workshops for our interns this summer; coding-teaching",
        "Ateliers de programmation pour nos stagiaires; coding-teaching",
        "A sales coach for our account executives; sales-training",
        "Coach commercial pour une équipe de six vendeurs; sales-training",
        "מאמנת מכירות לצוות הטלמרקטינג; sales-training",
        "Demand forecasting for a chain of bakeries; time-series-forecasting",
        "Prévision des ventes pour un réseau de boulangeries; time-series-forecasting",
        "IT admin for a dental practice, two days a month; system-administration",
        "Freelance IT admin: user accounts, backups, printers; system-administration",
        "Google Workspace for a team of twelve: accounts, shared drives; google-workspace-admin",
      })
  void readsTheWorkWrittenThisWay(String text, String skill) {
    assertTrue(EXTRACTOR.fromText(text).contains(skill), text + " names " + skill);
  }

  @Test
  void anAwsSolutionsArchitectIsTheRoleOnThePlatform() {
    assertTrue(
        EXTRACTOR
            .fromText("AWS solutions architect: landing zones and reviews for startups")
            .containsAll(Set.of("aws", "software-architecture")));
  }

  @Test
  void anOfficeMoveIsRunAsAProjectSoItsPmIsAProjectManager() {
    Set<String> read = EXTRACTOR.fromText("We want a PM to run our office relocation in March");

    assertTrue(read.contains("project-management"), read.toString());
    assertFalse(read.contains("product-management"), read.toString());
  }

  @Test
  void aDeckIsMadeApartAndHandedBackLikeItsSlides() {
    assertEquals(Overlap.ASYNC, TAXONOMY.byId("pitch-deck").orElseThrow().overlap());
    assertEquals(Overlap.ASYNC, TAXONOMY.byId("presentation-design").orElseThrow().overlap());
  }

  @Test
  void aPhotographerOfPortraitsIsASpecialistInFrenchAsInEnglish() {
    assertEquals(
        Set.of("portrait-photography"),
        EXTRACTOR.fromText("Photographe portrait à Lyon, studio ou extérieur"));
  }

  @Test
  void aLegalTranslatorStandsInPartForASwornOne() {
    assertTrue(TAXONOMY.related("certified-translation").contains("legal-translation"));
  }

  @Test
  void aMotionDesignerStandsInPartForA2dAnimator() {
    assertTrue(TAXONOMY.related("animation-2d").contains("motion-design"));
  }

  @Test
  void manualTestingIsAKindOfTestingApartFromAutomation() {
    assertTrue(TAXONOMY.ancestors("manual-testing").contains("software-testing"));
    assertFalse(
        EXTRACTOR.fromText("Manual QA tester for web apps").contains("test-automation"),
        "a manual tester is not an automation tester");
  }

  @Test
  void aBusinessLawyerIsAGeneralistOfTheLawBusinessesNeed() {
    // An avocat d'affaires takes a company's contracts, statutes and trademarks alike: a lawyer
    // for any legal need a business has, not only its company law.
    for (String text :
        List.of("Avocate d'affaires pour PME et indépendants", "Business lawyer for small firms")) {
      Set<String> found = EXTRACTOR.fromText(text);
      assertTrue(found.contains("lawyer"), text + " gave " + found);
      assertFalse(found.contains("corporate-law"), text + " gave " + found);
    }
    assertTrue(EXTRACTOR.fromText("Juriste en droit des sociétés").contains("corporate-law"));
  }

  @Test
  void settingUpACompanyIsAMatterOfCompanyLaw() {
    assertTrue(TAXONOMY.ancestors("company-formation-israel").contains("corporate-law"));
  }

  @Test
  void aCodingTeacherStandsInPartForACorporateTrainer() {
    assertTrue(TAXONOMY.related("coding-teaching").contains("corporate-training"));
  }

  @Test
  void whoeverRunsAWebinarLiveIsAnEventHost() {
    // A webinar's host introduces the speakers and runs the questions, as a conference's does.
    for (String text :
        List.of(
            "Webinar host and moderator for SaaS companies",
            "Animatrice de webinaire pour vos lancements")) {
      assertTrue(EXTRACTOR.fromText(text).contains("event-hosting"), text);
    }
    // Asked without a trade's name: a host and a moderator for a live session are one need.
    assertTrue(
        EXTRACTOR
            .read(
                TestPosts.demand("d", "lea@paris", "Need a host and moderator for our live panel")
                    .build())
            .suggested()
            .stream()
            .anyMatch(s -> s.skill().equals("event-hosting")));
  }

  @Test
  void aWellArchitectedReviewIsCloudArchitecture() {
    // The cloud providers' own name for a review of a system's design, its costs among them.
    for (String text :
        List.of(
            "Well-Architected reviews for startups on AWS",
            "Revue d'architecture cloud avant votre levée")) {
      assertTrue(EXTRACTOR.fromText(text).contains("cloud-architecture"), text);
    }
  }
}
