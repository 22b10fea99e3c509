package io.leansuccess.pages;

import static org.assertj.core.api.Assertions.assertThat;

import io.leansuccess.cycle.CycleOverviews;
import io.leansuccess.demo.DemoData;
import io.leansuccess.engine.DemoTeams;
import io.leansuccess.support.Http;
import io.leansuccess.support.LeanSuccessIntegrationTest;
import io.leansuccess.support.TestData;
import java.io.ByteArrayInputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.w3c.dom.Document;

/**
 * The living demo, seeded through the real processes, as the pages show it to a CS leader and a
 * customer.
 */
@LeanSuccessIntegrationTest
class DemoPagesIT {

  @LocalServerPort int port;
  @Autowired DemoData demo;
  @Autowired CycleOverviews cycles;
  @Autowired TestData data;
  @Autowired TaskService tasks;
  Http manager;

  @BeforeEach
  void seedOnce() {
    demo.seed();
    manager = Http.as(port, "demo.manager", "demo");
  }

  @Test
  void shouldSeedOnlyOnce() {
    assertThat(demo.seed()).isFalse();
  }

  @Test
  void shouldShowEachTeamItsDemoAccountsOnly() {
    String emea = manager.get("/pages/portfolio?q=demo-").body();
    String americas =
        Http.as(port, DemoTeams.OTHER_CSM, "demo").get("/pages/portfolio?q=demo-").body();

    assertThat(emea)
        .contains(DemoData.BUILD, DemoData.LAUNCH, DemoData.ADOPTED)
        .doesNotContain(DemoData.ENVISION, "Northwind Traders", DemoData.GET_WELL, "Umbrella Corp");
    assertThat(americas)
        .contains(DemoData.ENVISION, DemoData.GET_WELL)
        .doesNotContain(DemoData.BUILD, DemoData.LAUNCH, "Hooli", DemoData.ADOPTED, "Initech");
    String cycleId = cycles.ofAccount(DemoData.ADOPTED).get(0).id();
    String qbr = "/pages/accounts/" + DemoData.ADOPTED + "/cycles/" + cycleId + "/qbr";
    assertThat(manager.get(qbr).statusCode()).isEqualTo(200);
    assertThat(Http.as(port, DemoTeams.OTHER_CSM, "demo").get(qbr).statusCode()).isEqualTo(404);
    assertThat(
            Http.as(port, DemoTeams.OTHER_CSM, "demo")
                .get("/pages/use-cases/initech-close/success-story")
                .statusCode())
        .isEqualTo(404);
  }

  @Test
  void shouldShowTheDemoAccountsAtTheirStagesInThePortfolio() {
    String body = Http.as(port, "admin", "admin").get("/pages/portfolio?q=demo-").body();

    assertThat(row(body, DemoData.ENVISION)).contains("Northwind Traders", "ENVISION");
    assertThat(row(body, DemoData.BUILD)).contains("Globex", "BUILD");
    assertThat(row(body, DemoData.LAUNCH)).contains("Hooli", "LAUNCH", "not evaluated");
    assertThat(row(body, DemoData.GET_WELL))
        .contains(
            "Umbrella Corp", "RED", "Active users below 20% of licences", "Get-well plan open");
    assertThat(row(body, DemoData.BUILD)).doesNotContain("Get-well plan open");
    assertThat(row(body, DemoData.ADOPTED))
        .contains(
            "Initech",
            "REVISE",
            "Month-end close in three days",
            "/pages/use-cases/initech-close/success-story",
            "/qbr");
  }

  @Test
  void shouldHaveTheAccountInLaunchWorkOnItsSixLaunchAreas() {
    List<String> open =
        tasks.createTaskQuery().processInstanceBusinessKey(DemoData.LAUNCH).list().stream()
            .map(Task::getTaskDefinitionKey)
            .toList();

    assertThat(open)
        .contains(
            "Task_LaunchHelp",
            "Task_LaunchSponsorship",
            "Task_LaunchChampions",
            "Task_LaunchCommunity",
            "Task_LaunchTraining",
            "Task_LaunchCommunications");
    assertThat(manager.get("/api/v1/accounts/" + DemoData.LAUNCH + "/success-plan").body())
        .contains("Hooli", "Publish on time, every time");
  }

  @Test
  void shouldShowTheQbrWithKpisAgainstTargetsAndTheOutcome() {
    String cycleId = cycles.ofAccount(DemoData.ADOPTED).get(0).id();

    HttpResponse<String> qbr =
        manager.get("/pages/accounts/" + DemoData.ADOPTED + "/cycles/" + cycleId + "/qbr");

    assertThat(qbr.statusCode()).isEqualTo(200);
    assertThat(qbr.body())
        .contains(
            "Initech",
            "Every team closes its books in the product",
            "Month-end close in three days",
            "ADOPT",
            "Weekly active users",
            "Hours saved per month",
            ">10<",
            ">20<",
            ">100<",
            "100%",
            "Maturity per segment",
            "data-chart=",
            "aria-label=\"Health over the quarter\"",
            "Active users below 40% of licences (45 of 150)")
        .doesNotContain("No health signals yet");
  }

  @Test
  void shouldAnswer404ForAQbrThatDoesNotExist() {
    String cycleId = cycles.ofAccount(DemoData.ADOPTED).get(0).id();

    assertThat(
            manager
                .get("/pages/accounts/" + DemoData.BUILD + "/cycles/" + cycleId + "/qbr")
                .statusCode())
        .isEqualTo(404);
    assertThat(manager.get("/pages/accounts/" + DemoData.BUILD + "/cycles/nope/qbr").statusCode())
        .isEqualTo(404);
  }

  @Test
  void shouldShowTheSuccessStoryOfAnAdoptedUseCaseWithAShareLink() {
    HttpResponse<String> story = manager.get("/pages/use-cases/initech-close/success-story");

    assertThat(story.statusCode()).isEqualTo(200);
    assertThat(story.body())
        .contains(
            "Month-end close in three days",
            "Initech",
            "Closing the books takes 8 days of spreadsheets",
            "Reconciliation and approvals in the product",
            "owner@demo-initech.example",
            "Weekly active users",
            ">10<",
            ">20<",
            "http://localhost:" + port + "/pages/use-cases/initech-close/success-story",
            "success-story.svg");
  }

  @Test
  void shouldShowTheSharedStoryAnonymisedInTheLibraryToAnotherTeam() {
    String library =
        Http.as(port, DemoTeams.OTHER_CSM, "demo")
            .get("/pages/use-case-library?industry=software&kpi=active")
            .body();

    assertThat(library)
        .contains("Month-end close in three days", "anonymised", "Weekly active users")
        .doesNotContain("Initech", "owner@demo-initech.example", "initech-close");
    assertThat(manager.get("/pages/use-cases/initech-close/success-story").body())
        .contains("anonymised, for every CS team");
    assertThat(manager.get("/pages/use-case-library?segmentKind=PLANET").statusCode())
        .isEqualTo(400);
  }

  @Test
  void shouldDrawTheSuccessStoryAsWellFormedSvg() throws Exception {
    HttpResponse<String> image = manager.get("/pages/use-cases/initech-close/success-story.svg");

    assertThat(image.statusCode()).isEqualTo(200);
    assertThat(image.headers().firstValue("Content-Type").orElseThrow())
        .startsWith("image/svg+xml");
    Document svg =
        DocumentBuilderFactory.newInstance()
            .newDocumentBuilder()
            .parse(new ByteArrayInputStream(image.body().getBytes(StandardCharsets.UTF_8)));
    assertThat(svg.getDocumentElement().getTagName()).isEqualTo("svg");
    assertThat(svg.getDocumentElement().getTextContent())
        .contains(
            "Month-end close in three days",
            "Initech",
            "Closing the books takes 8 days",
            "Weekly active users");
  }

  @Test
  void shouldHaveNoSuccessStoryForAUseCaseThatIsNotAdopted() {
    assertThat(manager.get("/pages/use-cases/globex-planning/success-story").statusCode())
        .isEqualTo(404);
    assertThat(manager.get("/pages/use-cases/globex-planning/success-story.svg").statusCode())
        .isEqualTo(404);
    assertThat(manager.get("/pages/use-cases/no-such-use-case/success-story").statusCode())
        .isEqualTo(404);
  }

  @Test
  void shouldSendAStrangerFromTheSuccessStoryToTheLogin() {
    assertThat(
            Http.anonymous(port).get("/pages/use-cases/initech-close/success-story").statusCode())
        .isEqualTo(302);
  }

  @Test
  void shouldMoveALinkSharedAsACardToTheSuccessStory() {
    HttpResponse<String> page = manager.get("/pages/use-cases/initech-close/card");
    HttpResponse<String> image = manager.get("/pages/use-cases/initech-close/card.svg");

    assertThat(page.statusCode()).isEqualTo(301);
    assertThat(page.headers().firstValue("Location"))
        .contains("http://localhost:" + port + "/pages/use-cases/initech-close/success-story");
    assertThat(image.statusCode()).isEqualTo(301);
    assertThat(image.headers().firstValue("Location"))
        .contains("http://localhost:" + port + "/pages/use-cases/initech-close/success-story.svg");
  }

  /** The portfolio's table row of one account. */
  private static String row(String body, String accountId) {
    int start = body.indexOf("data-account=\"" + accountId + "\"");
    assertThat(start).as("a row for %s", accountId).isPositive();
    return body.substring(start, body.indexOf("</tr>", start));
  }
}
