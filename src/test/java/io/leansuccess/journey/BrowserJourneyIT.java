package io.leansuccess.journey;

import static org.assertj.core.api.Assertions.assertThat;

import io.leansuccess.account.Account;
import io.leansuccess.cycle.CycleOverviews;
import io.leansuccess.cycle.CycleService;
import io.leansuccess.demo.DemoData;
import io.leansuccess.support.Browser;
import io.leansuccess.support.Http;
import io.leansuccess.support.LeanSuccessIntegrationTest;
import io.leansuccess.support.TestData;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The product as its people use it, in a real browser: a CSM signs in to Tasklist, opens a task,
 * fills its Camunda Form and completes it, and the success cycle moves on; a CS leader opens a QBR
 * and its charts are drawn. Debian's headless Chromium; screenshots in target/browser.
 */
@Tag("browser")
@LeanSuccessIntegrationTest
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class BrowserJourneyIT {

  private static final By COMPLETE =
      By.xpath("//div[contains(@class,'form-actions')]//button[normalize-space(.)='Complete']");
  private static final Instant FIRST_QUARTER = Instant.parse("2027-01-11T09:00:00Z");

  @LocalServerPort int port;
  @Autowired TestData data;
  @Autowired CycleService cycles;
  @Autowired CycleOverviews cycleOverviews;
  @Autowired TaskService tasks;
  @Autowired FilterService filters;
  @Autowired HistoryService history;
  @Autowired DemoData demo;

  Browser browser;

  @BeforeAll
  void signInToTasklistAsTheCsm() {
    browser = Browser.open(port);
    browser.go("/camunda/app/tasklist/");
    browser.type(By.cssSelector("input[ng-model=username]"), "demo.csm");
    browser.type(By.cssSelector("input[ng-model=password]"), "demo");
    browser.click(By.cssSelector("form[name=signinForm] button[type=submit]"));

    // Tasklist greets the CSM by name and shows the filters created at start-up
    browser.find(
        By.xpath("//li[contains(@class,'account')]/a[normalize-space(.)='Casey Success']"));
    for (String filter : List.of("My tasks", "My team's tasks", "Overdue")) {
      browser.find(filter(filter));
    }
  }

  @AfterAll
  void closeTheBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  @AfterEach
  void realTime() {
    ClockUtil.reset();
  }

  @Test
  void shouldLetTheCsmSetTheVisionInTasklistAndMoveTheCycleOn() {
    ClockUtil.setCurrentTime(Date.from(FIRST_QUARTER));
    Account account = data.anAccount();
    String processInstance = cycles.start(account.id()).processInstanceId();
    Task setVision = tasks.createTaskQuery().processInstanceId(processInstance).singleResult();
    assertThat(setVision.getTaskDefinitionKey()).isEqualTo("Task_SetVision");

    // in "My team's tasks", searched for the account, the task shows with the account's name
    browser.go("/camunda/app/tasklist/");
    browser.click(filter("My team's tasks"));
    browser.find(By.cssSelector(".tasks-list .task"));
    searchTeamTasksFor(account.name());
    browser.click(taskInList("Set the vision, objectives and measures", account.name()));

    // the form tells the CSM whose vision this is; it stays read-only until the task is claimed
    browser.find(
        By.xpath("//*[contains(@class,'fjs-form')]//*[contains(., '" + account.name() + "')]"));
    browser.find(By.cssSelector(".disabled-form .fjs-form"));
    browser.click(By.cssSelector("button.claim"));
    browser.waitFor(
        ExpectedConditions.invisibilityOfElementLocated(
            By.cssSelector(".disabled-form .fjs-form")));

    // both fields are required: completing the empty form says so and leaves the task open
    browser.click(COMPLETE);
    browser.find(By.xpath("//*[contains(@class,'fjs-form-field-error')][contains(., 'required')]"));
    browser.screenshot("tasklist-set-vision-required");
    assertThat(tasks.createTaskQuery().taskId(setVision.getId()).count()).isOne();

    browser.type(field("Vision"), "Every plant plans its shifts in the product");
    browser.type(
        field("Objectives and their measures"),
        "Adoption: weekly active planners\nEfficiency: hours saved per week");
    browser.screenshot("tasklist-set-vision-filled");
    browser.click(COMPLETE);

    // the cycle moves on to the next task, which Tasklist opens from its link like any other
    Task identify =
        browser.waitFor(
            driver ->
                tasks
                    .createTaskQuery()
                    .processInstanceId(processInstance)
                    .taskDefinitionKey("Task_IdentifyUseCases")
                    .singleResult());
    assertThat(history.createHistoricTaskInstanceQuery().taskId(setVision.getId()).singleResult())
        .satisfies(
            done -> {
              assertThat(done.getEndTime()).isNotNull();
              assertThat(done.getAssignee()).isEqualTo("demo.csm");
            });
    searchTeamTasksFor(account.name());
    browser.click(taskInList("Identify use cases", account.name()));
    browser.find(
        By.xpath("//h2[contains(@class,'task')][normalize-space(.)='Identify use cases']"));
    assertThat(browser.url()).contains("task=" + identify.getId());
    browser.screenshot("tasklist-identify-use-cases");

    // and what the CSM typed is the account's vision for the year
    String vision =
        Http.as(port, "demo.csm", "demo")
            .get("/api/v1/accounts/" + account.id() + "/visions/2027")
            .body();
    assertThat(vision)
        .contains(
            "Every plant plans its shifts in the product",
            "weekly active planners",
            "hours saved per week");
  }

  @Test
  void shouldDrawTheChartsOfTheQbrAndPrintIt() throws Exception {
    demo.seed();
    String cycleId = cycleOverviews.ofAccount(DemoData.ADOPTED).get(0).id();

    browser.go("/pages/accounts/" + DemoData.ADOPTED + "/cycles/" + cycleId + "/qbr");
    browser.find(By.xpath("//h1[contains(., 'Initech')]"));

    // every canvas holds a Chart.js chart with data, and has been painted
    List<Map<String, Object>> charts = browser.drawnCharts();
    Path screenshot = browser.screenshot("qbr-initech");

    assertThat(charts)
        .extracting(chart -> chart.get("label"))
        .contains(
            "KPIs of Month-end close in three days",
            "Maturity level per segment",
            "Health over the quarter");
    assertThat(browser.find(By.cssSelector("#health .warning-sign")).getText())
        .isEqualTo("Active users below 40% of licences (45 of 150)");
    assertThat(charts)
        .allSatisfy(
            chart -> {
              assertThat(chart.get("type")).isNotNull();
              assertThat(((Number) chart.get("points")).intValue()).isPositive();
              assertThat(((Number) chart.get("width")).intValue()).isGreaterThan(100);
            });
    assertThat(Files.size(screenshot)).isGreaterThan(10_000);

    // printable: the print stylesheet leaves out the navigation and the print button, keeps the
    // charts
    try (var printed = Loader.loadPDF(browser.print("qbr-initech"))) {
      String text = new PDFTextStripper().getText(printed);
      assertThat(text)
          .contains(
              "Quarterly business review: Initech",
              "Month-end close in three days",
              "Maturity per segment")
          .doesNotContain("Cockpit", "Print");
      assertThat(printed.getPage(0).getResources().getXObjectNames())
          .as("the charts, printed as images")
          .isNotEmpty();
    }
  }

  @Test
  void shouldShowTheSuccessStoryWithItsImageToShare() {
    demo.seed();

    browser.go("/pages/use-cases/initech-close/success-story");
    browser.find(By.xpath("//h1[normalize-space(.)='Month-end close in three days']"));

    // the SVG the customer downloads is drawn by the browser: loaded, with its own size
    Number imageWidth =
        browser.waitFor(
            driver ->
                (Number)
                    browser.script(
                        """
        const image = document.querySelector('img[alt^="Success story"]');
        return image && image.complete && image.naturalWidth > 0 ? image.naturalWidth : null;"""));
    assertThat(imageWidth.intValue()).isGreaterThan(100);
    assertThat(browser.find(By.cssSelector(".share input")).getAttribute("value"))
        .endsWith("/pages/use-cases/initech-close/success-story");
    browser.screenshot("success-story-initech");
  }

  /**
   * "My team's tasks" searched by the account's name, as Tasklist's search box writes it into the
   * address: the other tests' tasks would otherwise fill the first page.
   */
  private void searchTeamTasksFor(String accountName) {
    String filterId =
        filters.createFilterQuery().filterName("My team's tasks").singleResult().getId();
    String search =
        "[{\"type\":\"processVariables\",\"operator\":\"eq\",\"value\":\""
            + accountName
            + "\",\"name\":\"accountName\"}]";
    browser.go(
        "/camunda/app/tasklist/default/#/?filter="
            + filterId
            + "&searchQuery="
            + URLEncoder.encode(search, StandardCharsets.UTF_8).replace("+", "%20"));
    browser.find(
        By.xpath(
            "//*[contains(@class,'search-label') or contains(@class,'search-container')]"
                + "//*[contains(., '"
                + accountName
                + "')]"));
  }

  /** A task in the list, by its name and the account it is for (the filters show the account). */
  private static By taskInList(String taskName, String accountName) {
    return By.xpath(
        "//*[contains(@class,'tasks-list')]//li[contains(@class,'task')]"
            + "[.//*[contains(@class,'variable')][contains(., '"
            + accountName
            + "')]]"
            + "//h4/a[normalize-space(.)='"
            + taskName
            + "']");
  }

  /** A filter in Tasklist's left column, by its name. */
  private static By filter(String name) {
    return By.xpath("//h4[contains(@class,'name')]/a[normalize-space(text())=\"" + name + "\"]");
  }

  /** The input of a Camunda Form field, found by its label as the CSM reads it. */
  private static By field(String label) {
    return By.xpath(
        "//*[@id=//label[contains(@class,'fjs-form-field-label')][normalize-space(text())='"
            + label
            + "']/@for]");
  }
}
