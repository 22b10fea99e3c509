package io.leansuccess.rules.drools;

import io.leansuccess.decision.RulesAsOf;
import java.time.Instant;
import java.util.Date;
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
import org.springframework.stereotype.Component;

/**
 * Pins every process instance to the rules in force when it started: the variable
 * {@value #VARIABLE}, set as the instance starts (a called process, such as a use-case
 * execution, takes its caller's), read whenever one of its steps asks for a decision. A rules
 * deployment therefore changes the processes started after it; running ones keep their rules
 * until an admin migrates them, which moves the pin to the moment of migration.
 */
@Component
public class ProcessRulesAsOf extends AbstractBpmnParseListener implements ExecutionListener, RulesAsOf {

  /** The process variable holding the moment whose rules the instance follows. */
  public static final String VARIABLE = "rulesAsOf";

  @Override
  public void parseProcess(Element processElement, ProcessDefinitionEntity processDefinition) {
    processDefinition.addBuiltInListener(ExecutionListener.EVENTNAME_START, this);
  }

  @Override
  public void notify(DelegateExecution execution) {
    ExecutionEntity instance = (ExecutionEntity) execution;
    ExecutionEntity caller = instance.getSuperExecution();
    Object callersPin = caller == null ? null : caller.getProcessInstance().getVariable(VARIABLE);
    instance.setVariableLocal(VARIABLE, callersPin instanceof Date date ? date : ClockUtil.getCurrentTime());
  }

  @Override
  public Optional<Instant> now() {
    BpmnExecutionContext context = Context.getBpmnExecutionContext();
    if (context == null || context.getExecution() == null) {
      return Optional.empty();
    }
    Object pin = context.getExecution().getProcessInstance().getVariable(VARIABLE);
    return pin instanceof Date date ? Optional.of(date.toInstant()) : Optional.empty();
  }
}
