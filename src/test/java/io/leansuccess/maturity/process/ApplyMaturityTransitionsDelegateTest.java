package io.leansuccess.maturity.process;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import io.leansuccess.maturity.MaturityService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.junit.jupiter.api.Test;

class ApplyMaturityTransitionsDelegateTest {

  @Test
  void shouldApplyTheTransitionsOfTheProcesssAccountAndCycle() throws Exception {
    MaturityService service = mock(MaturityService.class);
    DelegateExecution execution = mock(DelegateExecution.class);
    when(execution.getVariable("accountId")).thenReturn("crm-42");
    when(execution.getVariable("cycleId")).thenReturn("cycle-7");

    new ApplyMaturityTransitionsDelegate(service).execute(execution);

    verify(service).applyTransitions("crm-42", "cycle-7");
  }
}
