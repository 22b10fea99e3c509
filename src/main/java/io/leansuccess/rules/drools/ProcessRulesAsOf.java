package io.leansuccess.rules.drools;

import io.leansuccess.decision.RulesAsOf;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.context.BpmnExecutionContext;
import org.camunda.bpm.engine.impl.context.Context;
import org.camunda.bpm.engine.impl.persistence.entity.ExecutionEntity;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Pins every process instance to the rules in force when it started: a row of {@code ls_rules_pin},
 * written as the instance starts (a called process, such as a use-case execution, takes its
 * caller's), read whenever one of its steps asks for a decision, removed when it ends. A rules
 * deployment therefore changes the processes started after it; running ones keep their rules until
 * an admin migrates them, which moves the pin to the moment of migration. The pin is no process
 * variable: whoever completes a task may set those.
 */
@Component
public class ProcessRulesAsOf extends AbstractBpmnParseListener
    implements ExecutionListener, RulesAsOf {

  /** The variable that held the pin in earlier releases; a process may still carry it, unread. */
  public static final String VARIABLE = "rulesAsOf";

  private final JdbcTemplate jdbc;

  ProcessRulesAsOf(JdbcTemplate jdbc) {
    this.jdbc = jdbc;
  }

  @Override
  public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
    processDefinition.addBuiltInListener(ExecutionListener.EVENTNAME_START, this);
    processDefinition.addBuiltInListener(ExecutionListener.EVENTNAME_END, this);
  }

  @Override
  public void notify(DelegateExecution execution) {
    ExecutionEntity instance = (ExecutionEntity) execution;
    if (ExecutionListener.EVENTNAME_END.equals(execution.getEventName())) {
      jdbc.update(
          "delete from ls_rules_pin where process_instance_id = ?",
          instance.getProcessInstanceId());
      return;
    }
    ExecutionEntity caller = instance.getSuperExecution();
    Instant pin =
        Optional.ofNullable(caller)
            .flatMap(call -> of(call.getProcessInstanceId()))
            .orElseGet(() -> ClockUtil.getCurrentTime().toInstant());
    jdbc.update(
        "insert into ls_rules_pin (process_instance_id, rules_as_of) values (?, ?)",
        instance.getProcessInstanceId(),
        Timestamp.from(pin));
  }

  @Override
  public Optional<Instant> now() {
    BpmnExecutionContext context = Context.getBpmnExecutionContext();
    if (context == null || context.getExecution() == null) {
      return Optional.empty();
    }
    return of(context.getExecution().getProcessInstanceId());
  }

  /** The moment whose rules this running process follows; empty for one that has ended. */
  public Optional<Instant> of(String processInstanceId) {
    return jdbc
        .query(
            "select rules_as_of from ls_rules_pin where process_instance_id = ?",
            (rs, row) -> rs.getTimestamp(1).toInstant(),
            processInstanceId)
        .stream()
        .findFirst();
  }

  /** Moves these running processes to the rules in force at {@code asOf}, as a migration does. */
  public void move(Collection<String> processInstanceIds, Instant asOf) {
    jdbc.batchUpdate(
        "update ls_rules_pin set rules_as_of = ? where process_instance_id = ?",
        processInstanceIds.stream().map(id -> new Object[] {Timestamp.from(asOf), id}).toList());
  }
}
