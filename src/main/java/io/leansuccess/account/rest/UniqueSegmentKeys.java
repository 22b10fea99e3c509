package io.leansuccess.account.rest;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** No two segments of an account share a key; the error names the later one's key. */
@Target(ElementType.FIELD)
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = UniqueSegmentKeys.Validator.class)
@interface UniqueSegmentKeys {

  String message() default "is the key of an earlier segment; segment keys must be unique";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  class Validator implements ConstraintValidator<UniqueSegmentKeys, List<SegmentRepresentation>> {

    @Override
    public boolean isValid(
        List<SegmentRepresentation> segments, ConstraintValidatorContext context) {
      if (segments == null) {
        return true;
      }
      Set<String> keys = new HashSet<>();
      boolean valid = true;
      for (int i = 0; i < segments.size(); i++) {
        SegmentRepresentation segment = segments.get(i);
        if (segment != null && segment.key() != null && !keys.add(segment.key())) {
          valid = false;
          context.disableDefaultConstraintViolation();
          context
              .buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
              .addPropertyNode("key")
              .inIterable()
              .atIndex(i)
              .addConstraintViolation();
        }
      }
      return valid;
    }
  }
}
