package io.coshoring.deploy;

import io.coshoring.console.ConsoleShell;
import java.util.List;

/**
 * Seeds a small network for a first look: three spaces (Paris, Tel Aviv, Berlin), their members,
 * and about thirty posts, typed through the shell exactly as a person would.
 */
final class DemoNetwork {

  private static final List<String> SCRIPT =
      List.of(
          ":as camille@paris admin",
          "/coshore setup city:Paris tz:Europe/Paris name:\"Paris Coworking\"",
          "/coshore profile lang:fr,en hours:9-18",
          "/demand Cherche un·e développeur·se React/TypeScript pour 3 semaines, remote budget:6000EUR",
          "/offer Rédactrice web et copywriting FR/EN, fiches produit et newsletters rate:55EUR/hour",
          ":as hugo@paris",
          "/coshore profile tz:Europe/Paris lang:fr,en hours:10-19",
          "/offer Monteur vidéo : vidéos promo, Premiere Pro et After Effects, sous-titres FR/EN rate:400EUR/day",
          "/demand Besoin d'un·e comptable pour la TVA et le bilan de ma SAS",
          ":as ines@paris",
          "/coshore profile tz:Europe/Paris lang:fr,en,es",
          "/offer UX/UI designer, Figma, design systems and user research, remote or in Paris either city:Paris",
          "/demand Need a photographer for a product photo shoot in our Paris studio, 1 day onsite city:Paris",
          ":as noa@telaviv admin",
          "/coshore setup city:\"Tel Aviv\" tz:Asia/Jerusalem name:\"TLV Hub\"",
          "/coshore profile lang:he,en hours:9-18",
          "/offer Senior React + TypeScript engineer, Next.js, remote, EN/HE rate:90USD/hour",
          "/demand Need a promo video edited: 60 s for our app launch, EN subtitles budget:1500USD",
          ":as yossi@telaviv",
          "/coshore profile lang:he,en hours:8-17",
          "/offer Accountant for startups: bookkeeping, VAT, annual accounts, EN/HE/FR",
          "/demand Looking for an English to French translator for our website, 8k words",
          ":as dana@telaviv",
          "/coshore profile lang:he,en,fr",
          "/offer Traduction anglais-français et localisation de sites web, relecture incluse",
          "/demand Need a UX designer to redesign our onboarding in Figma, 2 weeks remote",
          "/offer Product photographer, studio and on-location shoots, Tel Aviv onsite city:\"Tel Aviv\"",
          ":as jonas@berlin admin",
          "/coshore setup city:Berlin tz:Europe/Berlin name:\"Berlin Werkstatt\"",
          "/coshore profile lang:de,en hours:9-17",
          "/offer DevOps engineer: Kubernetes (k8s), Terraform, AWS, CI/CD pipelines, remote",
          "/demand Need a backend developer in Python/Django for an API, 1 month remote",
          ":as lena@berlin",
          "/coshore profile lang:de,en",
          "/offer Python and Django backend developer, REST APIs, PostgreSQL",
          "/demand Looking for a DevOps person to set up Kubernetes and CI/CD on AWS",
          ":as mehdi@berlin",
          "/coshore profile lang:fr,de,en",
          "/offer Photographe produit et portrait, shooting en studio à Paris et Berlin either city:Paris",
          "/demand Need SEO help: technical audit and content strategy for a SaaS blog",
          ":as sarah@paris",
          "/coshore profile lang:fr,en",
          "/offer Consultante SEO : audit technique, stratégie de contenu, netlinking",
          "/demand Cherche un·e designer UX pour tester notre app avec des utilisateurs",
          ":as tamar@telaviv",
          "/coshore profile lang:he,en,fr hours:10-19",
          "/offer Community manager: Instagram, TikTok and LinkedIn for startups, EN/HE",
          "/demand Looking for a lawyer for company formation and founders' agreement",
          "/offer Motion designer, After Effects and Lottie animations for apps",
          ":as louise@paris",
          "/coshore profile lang:fr,en",
          "/offer Avocate en droit des sociétés : création de société, pactes d'associés, RGPD",
          "/demand Cherche un·e community manager pour Instagram et LinkedIn, 2 jours par semaine",
          "/offer Illustratrice : illustrations éditoriales et pour le web",
          ":as felix@berlin",
          "/coshore profile lang:de,en hours:8-16",
          "/offer Embedded developer: firmware in C for STM32 and ESP32, PCB bring-up",
          "/demand Need an illustrator for a children's app, 12 illustrations",
          "/demand Need a motion designer for app onboarding animations, remote",
          ":as camille@paris");

  private DemoNetwork() {}

  /** Types the demo script into the shell; returns a line saying who to try first. */
  static String seed(ConsoleShell shell) {
    for (String line : SCRIPT) {
      shell.type(line);
    }
    return "Demo network seeded: 3 spaces, 13 members, "
        + posts()
        + " posts. You are Camille of Paris, who reads the bot in French;"
        + " type :inbox to see your matches, or :as noa@telaviv to be Noa, who reads it in Hebrew.";
  }

  private static long posts() {
    return SCRIPT.stream()
        .filter(line -> line.startsWith("/offer") || line.startsWith("/demand"))
        .count();
  }
}
