package io.leansuccess.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** A Camunda Form's rules, read from its JSON and checked the way form-js checks them. */
class TaskFormRulesTest {

  static final TaskFormRules RULES =
      TaskFormRules.parse(
          """
      {"components": [
        {"type": "text", "text": "## Read me"},
        {"type": "textfield", "key": "code", "validate": {"required": true, "minLength": 3, "maxLength": 5, "pattern": "^[A-Z]+$"}},
        {"type": "group", "components": [
          {"type": "number", "key": "score", "validate": {"min": 0, "max": 10}},
          {"type": "checkbox", "key": "agreed", "validate": {"required": true}}
        ]},
        {"type": "select", "key": "status", "values": [{"label": "On track", "value": "ON_TRACK"}, {"label": "Late", "value": "LATE"}]},
        {"type": "textarea", "key": "why", "validate": {"required": true}, "conditional": {"hide": "=status = \\"ON_TRACK\\""}}
      ]}"""
              .getBytes(StandardCharsets.UTF_8));

  @Test
  void shouldReadTheInputFieldsOfNestedComponentsAndNotTheTexts() {
    assertThat(RULES.fields())
        .extracting(TaskFormRules.Field::key)
        .containsExactly("code", "score", "agreed", "status", "why");
    assertThat(RULES.fields().get(4).hideWhen()).isEqualTo("status = \"ON_TRACK\"");
  }

  @Test
  void shouldAcceptAFormFilledInAsItsRulesAsk() {
    assertThat(violation(valid(), false)).isEmpty();
  }

  @Test
  void shouldNameTheFieldAndTheRuleABlankOrMissingValueBreaks() {
    assertThat(violation(with("code", null), false))
        .contains(new TaskFormRules.Violation("code", "required"));
    assertThat(violation(with("code", "   "), false))
        .contains(new TaskFormRules.Violation("code", "required"));
    assertThat(violation(with("agreed", false), false))
        .contains(new TaskFormRules.Violation("agreed", "required"));
  }

  @Test
  void shouldHoldLengthsPatternsNumbersAndOfferedValues() {
    assertThat(violation(with("code", "AB"), false))
        .contains(new TaskFormRules.Violation("code", "minlength(3)"));
    assertThat(violation(with("code", "ABCDEF"), false))
        .contains(new TaskFormRules.Violation("code", "maxlength(5)"));
    assertThat(violation(with("code", "abc"), false))
        .contains(new TaskFormRules.Violation("code", "pattern(^[A-Z]+$)"));
    assertThat(violation(with("score", 11), false))
        .contains(new TaskFormRules.Violation("score", "max(10.0)"));
    assertThat(violation(with("score", -1), false))
        .contains(new TaskFormRules.Violation("score", "min(0.0)"));
    assertThat(violation(with("status", "DONE"), false))
        .contains(new TaskFormRules.Violation("status", "oneOf(ON_TRACK,LATE)"));
  }

  @Test
  void shouldHoldARequiredFieldOnlyWhileTheFormShowsIt() {
    Map<String, Object> late = with("status", "LATE");
    late.remove("why");
    assertThat(violation(late, false)).contains(new TaskFormRules.Violation("why", "required"));
    assertThat(violation(late, true)).isEmpty();
  }

  private static Optional<TaskFormRules.Violation> violation(
      Map<String, Object> values, boolean hidden) {
    return RULES.firstViolation(values, expression -> hidden);
  }

  private static Map<String, Object> valid() {
    return new HashMap<>(
        Map.of(
            "code", "ABC", "score", 7, "agreed", true, "status", "LATE", "why", "Blocked", "extra",
            List.of()));
  }

  private static Map<String, Object> with(String key, Object value) {
    Map<String, Object> values = valid();
    values.put(key, value);
    return values;
  }
}
