package io.leansuccess.engine;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The input fields of one Camunda Form (a {@code processes/forms/*.form} file) with the rules the
 * form declares for them, checked on the server as form-js checks them in the browser: required (a
 * checkbox must be ticked), minimum and maximum length, pattern, minimum and maximum number, one of
 * the offered values, and none of it for a field the form hides.
 */
public final class TaskFormRules {

  /** Form-js components without a value of their own. */
  private static final Set<String> NOT_INPUTS =
      Set.of(
          "text",
          "html",
          "image",
          "button",
          "separator",
          "spacer",
          "iframe",
          "table",
          "documentPreview");

  private static final ObjectMapper JSON = new ObjectMapper();

  /**
   * One input field.
   *
   * @param hideWhen the FEEL expression of {@code conditional.hide}, without its leading {@code =}
   * @param options the values a select, radio or checklist offers; empty when they are not fixed
   */
  public record Field(
      String key,
      String label,
      String type,
      boolean required,
      Integer minLength,
      Integer maxLength,
      Pattern pattern,
      Double min,
      Double max,
      List<String> options,
      String hideWhen) {}

  private final List<Field> fields;

  private TaskFormRules(List<Field> fields) {
    this.fields = List.copyOf(fields);
  }

  public static TaskFormRules parse(byte[] formJson) {
    try {
      List<Field> fields = new ArrayList<>();
      collect(JSON.readTree(formJson).path("components"), fields);
      return new TaskFormRules(fields);
    } catch (IOException e) {
      throw new UncheckedIOException("Unreadable Camunda Form", e);
    }
  }

  public List<Field> fields() {
    return fields;
  }

  /**
   * A rule a field's value breaks, named as Camunda names its own validators ({@code required},
   * {@code maxlength(4000)}).
   */
  public record Violation(String field, String rule) {}

  /**
   * The first rule the values break, in the form's order.
   *
   * @param hidden whether the form hides a field, given its {@code hideWhen} expression
   */
  public Optional<Violation> firstViolation(Map<String, Object> values, Predicate<String> hidden) {
    for (Field field : fields) {
      if (field.hideWhen() != null && hidden.test(field.hideWhen())) {
        continue;
      }
      String broken = brokenRule(field, values.get(field.key()));
      if (broken != null) {
        return Optional.of(new Violation(field.key(), broken));
      }
    }
    return Optional.empty();
  }

  private static String brokenRule(Field field, Object value) {
    if (isEmpty(field, value)) {
      return field.required() ? "required" : null;
    }
    if (value instanceof String text) {
      if (field.minLength() != null && text.length() < field.minLength()) {
        return "minlength(" + field.minLength() + ")";
      }
      if (field.maxLength() != null && text.length() > field.maxLength()) {
        return "maxlength(" + field.maxLength() + ")";
      }
      if (field.pattern() != null && !field.pattern().matcher(text).find()) {
        return "pattern(" + field.pattern().pattern() + ")";
      }
    }
    if (value instanceof Number number) {
      if (field.min() != null && number.doubleValue() < field.min()) {
        return "min(" + field.min() + ")";
      }
      if (field.max() != null && number.doubleValue() > field.max()) {
        return "max(" + field.max() + ")";
      }
    }
    if (!field.options().isEmpty() && !offered(field.options(), value)) {
      return "oneOf(" + String.join(",", field.options()) + ")";
    }
    return null;
  }

  private static boolean offered(List<String> options, Object value) {
    if (value instanceof Collection<?> chosen) {
      return chosen.stream().allMatch(each -> options.contains(String.valueOf(each)));
    }
    return options.contains(String.valueOf(value));
  }

  /** As form-js sees it, except that a text of blanks says nothing either. */
  private static boolean isEmpty(Field field, Object value) {
    return value == null
        || value instanceof String text && text.isBlank()
        || value instanceof Collection<?> list && list.isEmpty()
        || "checkbox".equals(field.type()) && Boolean.FALSE.equals(value);
  }

  private static void collect(JsonNode components, List<Field> fields) {
    for (JsonNode component : components) {
      String type = component.path("type").asText();
      if (component.hasNonNull("key") && !NOT_INPUTS.contains(type)) {
        fields.add(field(component, type));
      }
      collect(component.path("components"), fields);
    }
  }

  private static Field field(JsonNode component, String type) {
    JsonNode validate = component.path("validate");
    List<String> options = new ArrayList<>();
    component.path("values").forEach(option -> options.add(option.path("value").asText()));
    String hide = component.path("conditional").path("hide").asText(null);
    return new Field(
        component.path("key").asText(),
        component.path("label").asText(null),
        type,
        validate.path("required").asBoolean(false),
        validate.hasNonNull("minLength") ? validate.get("minLength").asInt() : null,
        validate.hasNonNull("maxLength") ? validate.get("maxLength").asInt() : null,
        validate.hasNonNull("pattern") ? Pattern.compile(validate.get("pattern").asText()) : null,
        validate.hasNonNull("min") ? validate.get("min").asDouble() : null,
        validate.hasNonNull("max") ? validate.get("max").asDouble() : null,
        options,
        hide == null || hide.isBlank() ? null : hide.startsWith("=") ? hide.substring(1) : hide);
  }
}
