package io.leansuccess.engine;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;

/**
 * Camunda wraps whatever a task listener throws in a generic engine exception (ENGINE-03051), which
 * {@code /engine-rest} answers with 500. A form-field refusal from {@link TaskFormValidation} (or
 * any listener) is the caller's mistake, not the server's: this interceptor, outside the
 * transaction that has already been rolled back, hands the caller the refusal itself, which the
 * REST API answers with 400 as it does for Camunda's own form-field validation.
 */
class TaskFormRefusals extends CommandInterceptor {

  @Override
  public <T> T execute(Command<T> command) {
    try {
      return next.execute(command);
    } catch (ProcessEngineException e) {
      throw refusalIn(e);
    }
  }

  private static ProcessEngineException refusalIn(ProcessEngineException e) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof FormFieldValidationException refusal) {
        return refusal;
      }
    }
    return e;
  }
}
