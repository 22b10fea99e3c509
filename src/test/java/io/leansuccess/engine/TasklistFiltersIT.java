package io.leansuccess.engine;

import static org.assertj.core.api.Assertions.assertThat;

import io.leansuccess.cycle.CycleService;
import io.leansuccess.support.LeanSuccessIntegrationTest;
import io.leansuccess.support.TestData;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
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
    Task setVision = taskService.createTaskQuery().processInstanceBusinessKey(account).singleResult();

    assertThat(idsIn("My team's tasks")).contains(setVision.getId());
    assertThat(idsIn("My tasks")).doesNotContain(setVision.getId());
    assertThat(idsIn("Overdue")).doesNotContain(setVision.getId());

    taskService.claim(setVision.getId(), "demo.csm");
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2027-02-06T09:00:01Z")));

    assertThat(idsIn("My tasks")).contains(setVision.getId());
    assertThat(idsIn("Overdue")).contains(setVision.getId());
  }

  private List<String> idsIn(String filterName) {
    String filterId = filters.createFilterQuery().filterName(filterName).singleResult().getId();
    identity.setAuthentication("demo.csm", List.of("csm"));
    try {
      return filters.<Task>list(filterId).stream().map(Task::getId).toList();
    } finally {
      identity.clearAuthentication();
    }
  }
}
