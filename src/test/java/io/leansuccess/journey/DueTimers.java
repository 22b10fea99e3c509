package io.leansuccess.journey;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Date;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/** Time passing behind the API's back: the one thing the journeys do that users do not. */
final class DueTimers {

  private DueTimers() {}

  /** The account's own due timers: the demo's and other tests' accounts wait for theirs. */
  static void fire(
      RuntimeService runtime, ManagementService management, String account, String activityId) {
    var jobs =
        runtime
            .createProcessInstanceQuery()
            .variableValueEquals("accountId", account)
            .list()
            .stream()
            .flatMap(
                process ->
                    management
                        .createJobQuery()
                        .processInstanceId(process.getId())
                        .activityId(activityId)
                        .duedateLowerThan(new Date(ClockUtil.getCurrentTime().getTime() + 1000))
                        .list()
                        .stream())
            .toList();
    assertThat(jobs).as("due %s timers", activityId).isNotEmpty();
    jobs.forEach(job -> management.executeJob(job.getId()));
  }
}
