package io.coshoring.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The wall's privacy: a wall for members only, names as their authors chose them, and a space's own
 * figures for its admins alone.
 */
class WallPrivacyTest {

  @TempDir Path folder;

  private final FakeProviders providers = new FakeProviders();
  private TestWall wall;
  private Visits visits;

  @AfterEach
  void stop() {
    if (wall != null) {
      wall.close();
    }
    providers.close();
  }

  private void open(WallSettings.Access access, boolean signIn) {
    wall =
        new TestWall(
            folder,
            url ->
                new WallSettings(
                    access,
                    signIn
                        ? new SignInSettings(url, providers.client(), providers.client())
                        : SignInSettings.NONE));
    visits = new Visits(wall, providers);
    wall.types("slack:T1:U1", "/offer I edit promo videos in Premiere Pro, FR/EN remote");
  }

  @Test
  void aMembersWallAsksEveryoneElseToSignInAndShowsNothingOfItsPosts() {
    open(WallSettings.Access.MEMBERS, true);

    for (String path : List.of("/", "/wall/cards?q=videos", "/wall/events", "/activity")) {
      HttpResponse<String> answer = wall.get(path, "fr");

      assertEquals(401, answer.statusCode(), path);
      assertTrue(answer.body().contains("Ce mur est réservé aux membres"), answer.body());
      assertTrue(answer.body().contains("href=\"/signin/slack\""), answer.body());
      assertFalse(answer.body().contains("promo videos"), answer.body());
    }
    // The lobby's screen cannot sign in: it stays public, and shows only what is shared.
    assertEquals(200, wall.get("/spaces/slack:T1/screen", null).statusCode());
  }

  @Test
  void aSignedInMemberReadsTheMembersWall() {
    open(WallSettings.Access.MEMBERS, true);
    providers.signsIn("T1", "U1");
    String session = Visits.session(visits.signIn("slack"));

    HttpResponse<String> page = visits.get("/", session);
    HttpResponse<String> activity = visits.get("/activity", session);

    assertEquals(200, page.statusCode(), page.body());
    assertTrue(page.body().contains("promo videos"), page.body());
    assertEquals(200, activity.statusCode(), activity.body());
  }

  @Test
  void withoutSignInAMembersWallSaysItIsForMembers() {
    open(WallSettings.Access.MEMBERS, false);

    HttpResponse<String> page = wall.get("/", null);

    assertEquals(401, page.statusCode());
    assertTrue(page.body().contains("This wall is for members"), page.body());
    assertFalse(page.body().contains("Sign in with"), page.body());
  }

  @Test
  void anAuthorShowsByTheirFullNameOnceTheyChooseIt() {
    open(WallSettings.Access.PUBLIC, false);
    assertFalse(wall.get("/", null).body().contains("U1 Martin"));

    wall.types("slack:T1:U1", "/coshore profile name:full");

    assertTrue(wall.get("/", null).body().contains("U1 Martin"));
  }

  @Test
  void aSpacesAdminAloneReadsItsFiguresOnTheActivityPage() {
    open(WallSettings.Access.PUBLIC, true);
    wall.adminTypes("slack:T1:U1", "/coshore setup city:Paris tz:Europe/Paris");
    wall.types("slack:T1:U2", "/demand Need a React developer for 3 weeks remote");
    providers.signsIn("T1", "U1");
    String admin = Visits.session(visits.signIn("slack"));
    providers.signsIn("T1", "U2");
    String member = Visits.session(visits.signIn("slack"));

    String own = visits.get("/activity", admin).body();

    assertTrue(own.contains("id=\"own\""), own);
    assertTrue(own.contains("Only your space"), own);
    assertFalse(visits.get("/activity", member).body().contains("id=\"own\""));
    assertFalse(wall.get("/activity", null).body().contains("id=\"own\""));
  }
}
