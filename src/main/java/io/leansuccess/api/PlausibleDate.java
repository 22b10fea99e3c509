package io.leansuccess.api;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.time.temporal.Temporal;

/**
 * A date or instant a client sends lies between {@code lean-success.api.earliest-date} and {@code
 * lean-success.api.latest-date} (UTC days, both included): a year 999999999 is a typo or an attack,
 * and once stored it would break every query that reads it. For {@link LocalDate} and {@link
 * Instant} fields; null passes (required is {@code @NotNull}'s job).
 */
@Target({ElementType.FIELD, ElementType.PARAMETER})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = PlausibleDate.Validator.class)
public @interface PlausibleDate {

  String message() default "is outside the dates this API accepts";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /**
   * Built by Spring (the API's and Spring's validator both take their validators from it), with the
   * range.
   */
  class Validator implements ConstraintValidator<PlausibleDate, Temporal> {

    private final ApiProperties properties;

    public Validator(ApiProperties properties) {
      this.properties = properties;
    }

    @Override
    public boolean isValid(Temporal value, ConstraintValidatorContext context) {
      if (value == null) {
        return true;
      }
      LocalDate earliest = properties.getEarliestDate();
      LocalDate latest = properties.getLatestDate();
      LocalDate day =
          value instanceof Instant instant
              ? LocalDate.ofInstant(instant, ZoneOffset.UTC)
              : LocalDate.from(value);
      if (!day.isBefore(earliest) && !day.isAfter(latest)) {
        return true;
      }
      context.disableDefaultConstraintViolation();
      context
          .buildConstraintViolationWithTemplate("must be between " + earliest + " and " + latest)
          .addConstraintViolation();
      return false;
    }
  }
}
