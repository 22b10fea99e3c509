package io.leansuccess.api;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import org.springframework.stereotype.Component;

/**
 * Jersey's Jackson provider reads and writes with Spring's ObjectMapper (the app's modules and
 * {@code spring.jackson.*} settings, java.time as ISO strings), made strict for input: a property
 * the API does not know is an error the client should see, not data silently dropped. A copy, so
 * the rest of the app keeps Spring's lenient mapper.
 */
@Component
@Provider
public class ObjectMapperResolver implements ContextResolver<ObjectMapper> {

  private final ObjectMapper mapper;

  public ObjectMapperResolver(ObjectMapper springMapper) {
    this.mapper = springMapper.copy()
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        .disable(DeserializationFeature.ACCEPT_FLOAT_AS_INT)
        .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);
  }

  @Override
  public ObjectMapper getContext(Class<?> type) {
    return mapper;
  }
}
