package io.leansuccess.shared.process;

import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * What the product does in the engine on a user's behalf once our API has checked the user's role
 * and the domain its rules (a cycle started through {@code POST /accounts/{id}/cycles}, an
 * onboarding through {@code POST /contracts}): the engine checks no authorization for it, so no
 * user needs a grant that would also let them start the same process through {@code /engine-rest}
 * or Tasklist, past those rules. The user stays the engine's authenticated user: the history names
 * them.
 */
@Component
public class ProductCalls {

  private final ProcessEngine engine;

  public ProductCalls(ProcessEngine engine) {
    this.engine = engine;
  }

  public <T> T run(Supplier<T> call) {
    var configuration = (ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration();
    return configuration
        .getCommandExecutorTxRequired()
        .execute(context -> context.runWithoutAuthorization(call::get));
  }
}
