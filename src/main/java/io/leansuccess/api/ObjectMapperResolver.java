package io.leansuccess.api;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.BeanDescription;
import com.fasterxml.jackson.databind.DeserializationConfig;
import com.fasterxml.jackson.databind.DeserializationContext;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonDeserializer;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.deser.BeanDeserializerModifier;
import com.fasterxml.jackson.databind.deser.std.DelegatingDeserializer;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.type.LogicalType;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import java.io.IOException;
import java.time.temporal.Temporal;
import org.springframework.stereotype.Component;

/**
 * Jersey's Jackson provider reads and writes with Spring's ObjectMapper (the app's modules and
 * {@code spring.jackson.*} settings, java.time as ISO strings), made strict for input: a property
 * the API does not know is an error the client should see, not data silently dropped, and a value
 * of another JSON type than the OpenAPI document says is refused, never converted ({@code 123} for
 * a string, {@code "5"} for a number, a number for a date or an enum). A copy, so the rest of the
 * app keeps Spring's lenient mapper.
 */
@Component
@Provider
public class ObjectMapperResolver implements ContextResolver<ObjectMapper> {

  private final ObjectMapper mapper;

  public ObjectMapperResolver(ObjectMapper springMapper) {
    this.mapper =
        springMapper
            .copy()
            .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
            .enable(DeserializationFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
            .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
    refuseCoercion(
        LogicalType.Textual,
        CoercionInputShape.Integer,
        CoercionInputShape.Float,
        CoercionInputShape.Boolean);
    refuseCoercion(LogicalType.Integer, CoercionInputShape.String, CoercionInputShape.Boolean);
    refuseCoercion(LogicalType.Float, CoercionInputShape.String, CoercionInputShape.Boolean);
    refuseCoercion(LogicalType.Boolean, CoercionInputShape.String, CoercionInputShape.Integer);
    // java.time's deserializers read numbers and arrays whatever the coercion settings say
    mapper.registerModule(
        new SimpleModule("lean-success-dates-as-strings")
            .setDeserializerModifier(DATES_AS_STRINGS));
    refuseCoercion(LogicalType.Enum, CoercionInputShape.Integer);
  }

  private void refuseCoercion(LogicalType type, CoercionInputShape... shapes) {
    for (CoercionInputShape shape : shapes) {
      mapper.coercionConfigFor(type).setCoercion(shape, CoercionAction.Fail);
    }
  }

  private static final BeanDeserializerModifier DATES_AS_STRINGS =
      new BeanDeserializerModifier() {
        @Override
        public JsonDeserializer<?> modifyDeserializer(
            DeserializationConfig config,
            BeanDescription description,
            JsonDeserializer<?> deserializer) {
          return Temporal.class.isAssignableFrom(description.getBeanClass())
              ? new StringOnly(deserializer, description.getBeanClass())
              : deserializer;
        }
      };

  /** A date or time only from a JSON string, as the OpenAPI document says. */
  private static final class StringOnly extends DelegatingDeserializer {

    private final Class<?> type;

    StringOnly(JsonDeserializer<?> delegate, Class<?> type) {
      super(delegate);
      this.type = type;
    }

    @Override
    protected JsonDeserializer<?> newDelegatingInstance(JsonDeserializer<?> delegate) {
      return new StringOnly(delegate, type);
    }

    @Override
    public Object deserialize(JsonParser parser, DeserializationContext context)
        throws IOException {
      if (!parser.hasToken(JsonToken.VALUE_STRING)) {
        return context.handleUnexpectedToken(type, parser);
      }
      return super.deserialize(parser, context);
    }
  }

  @Override
  public ObjectMapper getContext(Class<?> type) {
    return mapper;
  }
}
