package io.leansuccess.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Valid;
import jakarta.validation.Validation;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;

class FieldPathsTest {

  record Part(String key, @PositiveOrZero int users) {}

  record Body(@NotNull String name, List<@Valid Part> parts) {}

  static class Resource {
    public void put(
        @PathParam("id") String id,
        @QueryParam("limit") @Min(1) int limit,
        @NotNull @Valid Body body) {}
  }

  private final ObjectMapper json =
      new ObjectMapper().enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  @Test
  void shouldNameAnUnknownNestedPropertyByItsJsonPath() {
    var error =
        catchThrowableOfType(
            JsonMappingException.class,
            () ->
                json.readValue(
                    "{\"name\":\"a\",\"parts\":[{\"key\":\"k\",\"users\":1},{\"colour\":1}]}",
                    Body.class));

    assertThat(FieldPaths.of(error.getPath())).isEqualTo("parts[1].colour");
  }

  @Test
  void shouldNameWhereTheParserStoodWhenJsonIsMalformed() throws Exception {
    try (var parser = json.createParser("{\"parts\":[{\"key\": }]}")) {
      var error =
          catchThrowableOfType(
              JsonParseException.class,
              () -> {
                while (parser.nextToken() != null) {
                  // read until the syntax error
                }
              });

      assertThat(
              FieldPaths.of(
                  ((com.fasterxml.jackson.core.JsonParser) error.getProcessor())
                      .getParsingContext()))
          .isEqualTo("parts[0].key");
    }
  }

  @Test
  void shouldNameBodyFieldsWithoutMethodOrParameterAndQueryParametersByTheirName()
      throws Exception {
    var validator =
        Validation.byDefaultProvider()
            .configure()
            .parameterNameProvider(new JaxRsParameterNames(new DefaultListableBeanFactory()))
            .buildValidatorFactory()
            .getValidator()
            .forExecutables();
    var method = Resource.class.getMethod("put", String.class, int.class, Body.class);
    var body = new Body(null, List.of(new Part("a", 1), new Part("b", -1)));

    Set<ConstraintViolation<Resource>> violations =
        validator.validateParameters(new Resource(), method, new Object[] {"x", 0, body});

    assertThat(violations)
        .extracting(violation -> FieldPaths.of(violation.getPropertyPath()))
        .containsExactlyInAnyOrder("limit", "name", "parts[1].users");
  }

  @Test
  void shouldLeaveTheFieldOutWhenTheWholeBodyIsAtFault() throws Exception {
    var validator =
        Validation.byDefaultProvider()
            .configure()
            .parameterNameProvider(new JaxRsParameterNames(new DefaultListableBeanFactory()))
            .buildValidatorFactory()
            .getValidator()
            .forExecutables();
    var method = Resource.class.getMethod("put", String.class, int.class, Body.class);

    var violations =
        validator.validateParameters(new Resource(), method, new Object[] {"x", 1, null});

    assertThat(violations)
        .extracting(violation -> FieldPaths.of(violation.getPropertyPath()))
        .containsExactly((String) null);
  }

  @Test
  void shouldReadAMethodsParameterNamesOnceNotOnEveryValidatedCall() throws Exception {
    var names = new JaxRsParameterNames(new DefaultListableBeanFactory());
    var method = Resource.class.getMethod("put", String.class, int.class, Body.class);

    List<String> first = names.getParameterNames(method);

    assertThat(first).containsExactly("id", "limit", FieldPaths.BODY_PREFIX + 2);
    // the same list: the annotations, which the JDK parses anew on each read, were read once
    assertThat(
            names.getParameterNames(
                Resource.class.getMethod("put", String.class, int.class, Body.class)))
        .isSameAs(first);
  }
}
