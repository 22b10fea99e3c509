package io.leansuccess.engine;

import org.camunda.bpm.engine.impl.form.validator.FormFieldValidationException;

/**
 * A task completed with a value its form does not allow. Worded as Camunda's own form-field
 * validation words it, and a {@link FormFieldValidationException}, which {@code /engine-rest}
 * answers with 400 ("Cannot complete task ...: Invalid value submitted for form field 'x'").
 */
public class TaskFormFieldException extends FormFieldValidationException {

  private static final long serialVersionUID = 1L;

  public TaskFormFieldException(String field, String rule) {
    super(
        field,
        "Invalid value submitted for form field '"
            + field
            + "': validation of "
            + rule
            + " failed.");
  }

  /** The key of the form field. */
  public String field() {
    return getDetail();
  }
}
