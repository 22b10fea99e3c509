package io.leansuccess.engine;

import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.FilterService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.filter.Filter;
import org.camunda.bpm.engine.task.TaskQuery;
import org.springframework.stereotype.Component;

/**
 * The filters a CSM finds in Tasklist on the first visit: their own tasks, their team's, and what
 * is overdue. Created once by name; a team may change them in Tasklist afterwards.
 */
@Component
public class TasklistFilters {

  static final String ACCOUNT_NAME = "accountName";

  void create(ProcessEngine engine) {
    var tasks = engine.getTaskService();
    create(engine.getFilterService(), "My tasks", 10, "#1f77b4", "Tasks assigned to me",
        tasks.createTaskQuery().taskAssigneeExpression("${currentUser()}"));
    create(engine.getFilterService(), "My team's tasks", 20, "#2ca02c", "Tasks my groups may claim",
        tasks.createTaskQuery().taskCandidateGroupInExpression("${currentUserGroups()}").includeAssignedTasks());
    create(engine.getFilterService(), "Overdue", 30, "#d62728", "Past their due date: nothing waits silently",
        tasks.createTaskQuery().dueBeforeExpression("${now()}"));
  }

  private static void create(FilterService filters, String name, int priority, String color, String description,
      TaskQuery query) {
    if (filters.createFilterQuery().filterName(name).count() > 0) {
      return;
    }
    Filter filter = filters.newTaskFilter(name)
        .setQuery(query)
        .setProperties(Map.of("priority", priority, "color", color, "description", description, "refresh", true,
            // every process of the product carries the account's name: the list shows whose task it is
            "variables", List.of(Map.of("name", ACCOUNT_NAME, "label", "Account"))));
    filters.saveFilter(filter);
  }
}
