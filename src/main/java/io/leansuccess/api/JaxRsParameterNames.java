package io.leansuccess.api;

import jakarta.validation.ParameterNameProvider;
import jakarta.ws.rs.CookieParam;
import jakarta.ws.rs.FormParam;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.MatrixParam;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.ext.ContextResolver;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.Method;
import java.lang.reflect.Parameter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.IntStream;
import org.glassfish.jersey.server.validation.ValidationConfig;
import org.springframework.beans.factory.config.AutowireCapableBeanFactory;
import org.springframework.stereotype.Component;
import org.springframework.validation.beanvalidation.SpringConstraintValidatorFactory;

/**
 * Gives Jersey's Bean Validation the names a client sees: {@code limit} for
 * {@code @QueryParam("limit")}, nothing for the request body, never {@code arg0}; and the
 * constraint validators from Spring, as Spring's own validator has them, so a validator may be
 * configured ({@link PlausibleDate}).
 */
@Component
@Provider
public class JaxRsParameterNames
    implements ContextResolver<ValidationConfig>, ParameterNameProvider {

  private final ValidationConfig config;

  /**
   * Bean Validation asks on every validated call, and reading a parameter's annotations parses them
   * anew each time (the JDK does not cache them): a tenth of what a single signal's request
   * allocated.
   */
  private final Map<Executable, List<String>> names = new ConcurrentHashMap<>();

  public JaxRsParameterNames(AutowireCapableBeanFactory beans) {
    this.config =
        new ValidationConfig()
            .parameterNameProvider(this)
            .constraintValidatorFactory(new SpringConstraintValidatorFactory(beans));
  }

  @Override
  public ValidationConfig getContext(Class<?> type) {
    return config;
  }

  @Override
  public List<String> getParameterNames(Constructor<?> constructor) {
    return names.computeIfAbsent(constructor, JaxRsParameterNames::namesOf);
  }

  @Override
  public List<String> getParameterNames(Method method) {
    return names.computeIfAbsent(method, JaxRsParameterNames::namesOf);
  }

  private static List<String> namesOf(Executable executable) {
    Parameter[] parameters = executable.getParameters();
    return IntStream.range(0, parameters.length).mapToObj(i -> nameOf(parameters[i], i)).toList();
  }

  private static String nameOf(Parameter parameter, int index) {
    for (Annotation annotation : parameter.getAnnotations()) {
      if (annotation instanceof QueryParam query) {
        return query.value();
      } else if (annotation instanceof PathParam path) {
        return path.value();
      } else if (annotation instanceof HeaderParam header) {
        return header.value();
      } else if (annotation instanceof FormParam form) {
        return form.value();
      } else if (annotation instanceof MatrixParam matrix) {
        return matrix.value();
      } else if (annotation instanceof CookieParam cookie) {
        return cookie.value();
      }
    }
    // the body (or a @Context object): unique, and recognisable so it stays out of field paths
    return FieldPaths.BODY_PREFIX + index;
  }
}
