package io.coshoring.core;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code /coshore forget-me} deletes everything of the member, and nothing of anyone else. */
class ForgetMeTest {

  private static final String ALICE = "console:paris:alice";
  private static final String BOB = "console:telaviv:bob";
  private static final String CAROL = "console:berlin:carol";

  @TempDir Path folder;
  private final RecordingAdapter port = new RecordingAdapter();

  @Test
  void aMemberWhoAsksToBeForgottenLeavesNothingBehind() {
    try (TestNetwork network = TestNetwork.start(folder, port)) {
      // GIVEN Alice and Bob matched, both answered (Bob muted Alice), and Alice has a profile and
      // two posts; Carol's offer matched Bob's demand too, and he answered it
      network.member(ALICE).types("/coshore profile tz:Europe/Paris lang:fr,en");
      network.member(ALICE).types("/offer Comptable freelance : TVA, bilan, paie");
      network.member(ALICE).types("/offer Traduction anglais-français, relecture incluse");
      network.member(BOB).types("/demand Need an accountant for VAT returns");
      network.deliverAll();
      network.member(BOB).clicks(port.inbox(BOB).get(0).buttons().get(2));
      network.member(ALICE).clicks(port.inbox(ALICE).get(0).buttons().get(0));
      network.member(CAROL).types("/offer Accountant: VAT returns, bookkeeping, annual accounts");
      network.deliverAll();
      network.member(BOB).clicks(port.inbox(BOB).get(1).buttons().get(0));
      assertEquals(
          3, count(network, "SELECT COUNT(*) FROM match_labels WHERE demand_member_id = :m", BOB));

      // WHEN Alice asks to be forgotten
      String reply = network.member(ALICE).types("/coshore forget-me");

      // THEN she is told what went, in French, the first of her languages, and none of it is left,
      // in the database or the engine
      assertTrue(
          reply.contains("J’ai supprimé votre profil, 2 annonces, 1 mise en relation et 1 message"),
          reply);
      assertEquals(0, count(network, "SELECT COUNT(*) FROM posts WHERE member_id = :m"));
      assertEquals(
          0,
          count(
              network,
              "SELECT COUNT(*) FROM matches WHERE demand_member_id = :m OR offer_member_id = :m"));
      assertEquals(0, count(network, "SELECT COUNT(*) FROM outbox WHERE recipient_id = :m"));
      assertEquals(
          0,
          count(
              network, "SELECT COUNT(*) FROM mutes WHERE member_id = :m OR muted_member_id = :m"));
      assertEquals(0, count(network, "SELECT COUNT(*) FROM members WHERE id = :m"));
      assertEquals(
          0,
          count(
              network,
              "SELECT COUNT(*) FROM match_labels WHERE demand_member_id = :m"
                  + " OR offer_member_id = :m"));
      assertTrue(
          network
              .member(BOB)
              .types("/coshore search traduction relecture")
              .contains("Nothing open"),
          "her posts are out of the engine");

      // AND Bob keeps what is his
      assertTrue(network.member(BOB).types("/coshore mine").contains("Need an accountant"));
      assertEquals(1, count(network, "SELECT COUNT(*) FROM members WHERE id = :m", BOB));
      assertEquals(
          1,
          count(
              network,
              "SELECT COUNT(*) FROM match_labels WHERE demand_member_id = :m"
                  + " AND offer_member_id = '"
                  + CAROL
                  + "'",
              BOB),
          "Bob's answer to Carol's offer is kept");
    }
  }

  private static int count(TestNetwork network, String sql) {
    return count(network, sql, ALICE);
  }

  private static int count(TestNetwork network, String sql, String member) {
    return network.database.read(
        h -> h.createQuery(sql).bind("m", member).mapTo(Integer.class).one());
  }
}
