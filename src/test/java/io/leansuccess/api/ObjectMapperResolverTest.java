package io.leansuccess.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The API reads JSON types as the OpenAPI document says: another type is refused, never converted.
 */
class ObjectMapperResolverTest {

  record Body(
      String text,
      Integer count,
      BigDecimal amount,
      Boolean flag,
      Instant at,
      LocalDate day,
      Colour colour) {}

  enum Colour {
    RED,
    GREEN
  }

  private final ObjectMapper mapper =
      new ObjectMapperResolver(new ObjectMapper().registerModule(new JavaTimeModule()))
          .getContext(Body.class);

  @ParameterizedTest
  @ValueSource(
      strings = {
        "{\"text\": 123}",
        "{\"text\": 1.5}",
        "{\"text\": true}",
        "{\"count\": \"5\"}",
        "{\"count\": true}",
        "{\"amount\": \"5.5\"}",
        "{\"flag\": \"true\"}",
        "{\"flag\": 1}",
        "{\"at\": 1700000000}",
        "{\"at\": 1700000000.5}",
        "{\"day\": [2026, 1, 1]}",
        "{\"day\": 20260101}",
        "{\"colour\": 0}"
      })
  void shouldRefuseAValueOfAnotherJsonTypeWhenTheFieldHasItsOwn(String json) {
    assertThatThrownBy(() -> mapper.readValue(json, Body.class))
        .isInstanceOf(MismatchedInputException.class);
  }

  @Test
  void shouldReadEveryFieldWhenEachHasItsOwnType() throws Exception {
    Body body =
        mapper.readValue(
            """
        {"text": "a", "count": 5, "amount": 5, "flag": true, "at": "2026-10-05T09:00:00Z", "day": "2026-10-05",
         "colour": "RED"}""",
            Body.class);

    assertThat(body)
        .isEqualTo(
            new Body(
                "a",
                5,
                new BigDecimal("5"),
                true,
                Instant.parse("2026-10-05T09:00:00Z"),
                LocalDate.of(2026, 10, 5),
                Colour.RED));
  }
}
