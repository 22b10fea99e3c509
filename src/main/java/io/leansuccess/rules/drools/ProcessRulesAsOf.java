package io.leansuccess.rules.drools;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.leansuccess.decision.RulesAsOf;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.Optional;
import java.util.Set;
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
 *
 * <p>A node keeps the pins it has read or written by process instance and process definition: an
 * instance's pin changes only when it is migrated, which moves it to another definition, so no node
 * can read a moved pin under the old key once the instance runs its new version (the node that
 * migrates forgets the instances it moves at once).
 */
@Component
public class ProcessRulesAsOf extends AbstractBpmnParseListener
    implements ExecutionListener, RulesAsOf {

  /** The variable that held the pin in earlier releases; a process may still carry it, unread. */
  public static final String VARIABLE = "rulesAsOf";

  /** Some 100 bytes each; the running instances a node's steps touch within the hour. */
  private static final int PINS_KEPT = 100_000;

  private record Key(String processInstanceId, String processDefinitionId) {
    static Key of(ExecutionEntity execution) {
      return new Key(execution.getProcessInstanceId(), execution.getProcessDefinitionId());
    }
  }

  private final JdbcTemplate jdbc;
  private final Cache<Key, Instant> pins =
      Caffeine.newBuilder().maximumSize(PINS_KEPT).expireAfterAccess(Duration.ofHours(1)).build();

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
      pins.invalidate(Key.of(instance));
      return;
    }
    ExecutionEntity caller = instance.getSuperExecution();
    Instant pin =
        Optional.ofNullable(caller)
            .flatMap(ProcessRulesAsOf.this::of)
            .orElseGet(() -> ClockUtil.getCurrentTime().toInstant());
    jdbc.update(
        "insert into ls_rules_pin (process_instance_id, rules_as_of) values (?, ?)",
        instance.getProcessInstanceId(),
        Timestamp.from(pin));
    // an instance whose start rolls back is never asked for: its id is not used again
    pins.put(Key.of(instance), pin);
  }

  @Override
  public Optional<Instant> now() {
    BpmnExecutionContext context = Context.getBpmnExecutionContext();
    if (context == null || context.getExecution() == null) {
      return Optional.empty();
    }
    return of(context.getExecution());
  }

  private Optional<Instant> of(ExecutionEntity execution) {
    Key key = Key.of(execution);
    Instant kept = pins.getIfPresent(key);
    if (kept != null) {
      return Optional.of(kept);
    }
    Optional<Instant> pin = of(key.processInstanceId());
    pin.ifPresent(read -> pins.put(key, read));
    return pin;
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
    Set<String> moved = Set.copyOf(processInstanceIds);
    pins.asMap().keySet().removeIf(key -> moved.contains(key.processInstanceId()));
    jdbc.batchUpdate(
        "update ls_rules_pin set rules_as_of = ? where process_instance_id = ?",
        processInstanceIds.stream().map(id -> new Object[] {Timestamp.from(asOf), id}).toList());
  }
}
