package io.leansuccess.crmdata;

import java.util.Objects;

/**
 * A field the rules found missing from the CRM, with a sentence that carries the threshold and what
 * was recorded ("Goals: 0 recorded, at least 1 needed").
 */
public record MissingCrmData(CrmField field, String description) {

  public MissingCrmData {
    Objects.requireNonNull(field, "field");
    Objects.requireNonNull(description, "description");
  }

  public static MissingCrmData of(CrmField field, String description) {
    return new MissingCrmData(field, description);
  }
}
