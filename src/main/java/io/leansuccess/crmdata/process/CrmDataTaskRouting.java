package io.leansuccess.crmdata.process;

import java.util.List;
import org.springframework.stereotype.Component;

/**
 * {@code ${crmDataTasks.unlessAssigned(accountManager, 'cs-manager')}}: the task goes to the
 * account manager alone when the contract names a known one, else to the group the diagram names
 * (the team's CS managers, by the team grants). Camunda adds a list of candidate groups as it is,
 * so an empty list adds none.
 */
@Component("crmDataTasks")
public class CrmDataTaskRouting {

  public List<String> unlessAssigned(String assignee, String group) {
    // the expression language hands a null variable to a String parameter as ""
    return assignee == null || assignee.isBlank() ? List.of(group) : List.of();
  }
}
