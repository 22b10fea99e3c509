package io.leansuccess.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.leansuccess.cycle.CycleService;
import io.leansuccess.support.LeanSuccessIntegrationTest;
import io.leansuccess.support.TestData;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.impl.TaskQueryImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** What a CSM sees in Tasklist's filters, evaluated as that CSM. */
@LeanSuccessIntegrationTest
class TasklistFiltersIT {

  @Autowired FilterService filters;
  @Autowired IdentityService identity;
  @Autowired TaskService taskService;
  @Autowired CycleService cycles;
  @Autowired TestData data;
  @Autowired TasklistFilters tasklistFilters;
  @Autowired ProcessEngine engine;

  @AfterEach
  void signOutAndRealTime() {
    identity.clearAuthentication();
    ClockUtil.reset();
  }

  @Test
  void shouldShowTheTeamsTaskToTheCsmThenMineOnceClaimedThenOverdue() {
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2027-02-01T09:00:00Z")));
    String account = data.anAccount().id();
    cycles.start(account);
    Task setVision =
        taskService.createTaskQuery().processInstanceBusinessKey(account).singleResult();

    assertThat(idsIn("My team's tasks")).contains(setVision.getId());
    assertThat(idsIn("My tasks")).doesNotContain(setVision.getId());
    assertThat(idsIn("Overdue")).doesNotContain(setVision.getId());

    taskService.claim(setVision.getId(), "demo.csm");
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2027-02-06T09:00:01Z")));

    assertThat(idsIn("My tasks")).contains(setVision.getId());
    assertThat(idsIn("Overdue")).contains(setVision.getId());
  }

  @Test
  void shouldOfferExactlyTheProductsThreeFilters() {
    assertThat(filters.createFilterQuery().list())
        .extracting(Filter::getName)
        .containsExactlyInAnyOrder("My tasks", "My team's tasks", "Overdue");
  }

  @Test
  void shouldBringTheFiltersOfAnEarlierReleaseUpToDateAtStart() {
    // as an earlier release left them: no Account column, another query, Camunda's "All tasks"
    // beside them
    Filter mine = filters.createFilterQuery().filterName("My tasks").singleResult();
    mine.setProperties(Map.of("priority", 10, "description", "Tasks assigned to me"));
    mine.setQuery(taskService.createTaskQuery().taskAssignee("someone"));
    filters.saveFilter(mine);
    filters.saveFilter(filters.newTaskFilter("All tasks"));

    tasklistFilters.create(engine);

    assertThat(filters.createFilterQuery().list())
        .extracting(Filter::getName)
        .containsExactlyInAnyOrder("My tasks", "My team's tasks", "Overdue");
    Filter updated = filters.getFilter(mine.getId());
    assertThat(updated.getProperties().get("variables"))
        .isEqualTo(List.of(Map.of("name", "accountName", "label", "Account")));
    TaskQueryImpl query = updated.getQuery();
    assertThat(query.getAssignee()).isNull();
    assertThat(query.getExpressions()).containsEntry("taskAssignee", "${currentUser()}");
  }

  private List<String> idsIn(String filterName) {
    String filterId = filters.createFilterQuery().filterName(filterName).singleResult().getId();
    // as Tasklist signs demo.csm in: with the CSMs' group and demo.csm's team
    identity.setAuthentication("demo.csm", List.of("csm", DemoTeams.ENTERPRISE_EMEA));
    try {
      // as Tasklist, a page: an unbounded list is refused under queryMaxResultsLimit
      return filters.<Task>listPage(filterId, 0, 100).stream().map(Task::getId).toList();
    } finally {
      identity.clearAuthentication();
    }
  }
}
