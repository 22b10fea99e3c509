package io.leansuccess.engine;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * The product's Tasklist filters: a CSM's own tasks, their team's, and what is overdue. They are
 * the product's, like its processes: each start creates them or brings their query and columns to
 * this release's, so an install gets a new column without anyone editing filters. A team's own
 * filters (other names) stay untouched.
 */
@Component
public class TasklistFilters {

  static final String ACCOUNT_NAME = "accountName";
  static final String MY_TASKS = "My tasks";
  static final String MY_TEAMS_TASKS = "My team's tasks";
  static final String OVERDUE = "Overdue";

  /** What {@code camunda.bpm.filter.create} made in earlier releases: every task, beside ours. */
  static final String CAMUNDAS_INITIAL_FILTER = "All tasks";

  private static final String INITIAL_FILTER_PROPERTY = "camunda.bpm.filter.create";

  private final Environment environment;

  public TasklistFilters(Environment environment) {
    this.environment = environment;
  }

  void create(ProcessEngine engine) {
    var tasks = engine.getTaskService();
    FilterService filters = engine.getFilterService();
    save(
        filters,
        MY_TASKS,
        10,
        "#1f77b4",
        "Tasks assigned to me",
        tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}"));
    save(
        filters,
        MY_TEAMS_TASKS,
        20,
        "#2ca02c",
        "Tasks my groups may claim, and those already claimed",
        tasks
            .createTaskQuery()
            .taskCandidateGroupInExpression("${currentUserGroups()}")
            .includeAssignedTasks());
    save(
        filters,
        OVERDUE,
        30,
        "#d62728",
        "Past their due date: nothing waits silently",
        tasks.createTaskQuery().dueBeforeExpression("${now()}"));
    removeCamundasInitialFilter(filters);
  }

  private static void save(
      FilterService filters,
      String name,
      int priority,
      String color,
      String description,
      TaskQuery query) {
    Filter existing = filters.createFilterQuery().filterName(name).singleResult();
    Filter filter =
        (existing != null ? existing : filters.newTaskFilter(name))
            .setQuery(query)
            .setProperties(
                Map.of(
                    "priority",
                    priority,
                    "color",
                    color,
                    "description",
                    description,
                    "refresh",
                    true,
                    // every process of the product carries the account's name: the list shows whose
                    // task it is
                    "variables",
                    List.of(Map.of("name", ACCOUNT_NAME, "label", "Account"))));
    filters.saveFilter(filter);
  }

  /** Unless the host asks for it, as an embedding application may. */
  private void removeCamundasInitialFilter(FilterService filters) {
    if (CAMUNDAS_INITIAL_FILTER.equals(environment.getProperty(INITIAL_FILTER_PROPERTY))) {
      return;
    }
    filters
        .createFilterQuery()
        .filterName(CAMUNDAS_INITIAL_FILTER)
        .unlimitedList()
        .forEach(filter -> filters.deleteFilter(filter.getId()));
  }
}
