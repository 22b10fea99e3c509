package io.leansuccess.api;

import io.swagger.v3.jaxrs2.integration.resources.OpenApiResource;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.ext.Provider;
import java.lang.annotation.Annotation;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.glassfish.jersey.CommonProperties;
import org.glassfish.jersey.jackson.JacksonFeature;
import org.glassfish.jersey.jackson.internal.jackson.jaxrs.cfg.JaxRSFeature;
import org.glassfish.jersey.server.ResourceConfig;
import org.glassfish.jersey.server.ServerProperties;
import org.glassfish.jersey.server.filter.RolesAllowedDynamicFeature;
import org.glassfish.jersey.server.validation.ValidationFeature;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.aop.support.AopUtils;
import org.springframework.beans.factory.SmartInitializingSingleton;
import org.springframework.context.ApplicationContext;
import org.springframework.stereotype.Component;
import org.springframework.util.ClassUtils;

/**
 * The JAX-RS application behind {@code /api/v1}: every Spring bean of ours annotated {@code @Path}
 * (a resource) or {@code @Provider} (filters, exception mappers, resolvers), plus the Jersey
 * features we rely on, listed rather than auto-discovered.
 *
 * <p>The config is deliberately not a Spring bean: Camunda's REST API already is the app's one
 * {@code ResourceConfig} bean, and two make startup fail. It is filled only after all singletons
 * exist, because looking up resources while the web server is being created would start the process
 * engine inside it; Jersey reads it later still, when the servlet starts with the server.
 */
@Component
public class ApiApplication implements SmartInitializingSingleton {

  private static final Logger LOG = LoggerFactory.getLogger(ApiApplication.class);
  private static final String OUR_PACKAGE = "io.leansuccess";

  private final ApplicationContext context;
  private final ResourceConfig config =
      new ResourceConfig()
          .setApplicationName("lean-success-api")
          // only what is listed here: the Jackson feature's own exception mappers would answer
          // without a problem document
          .property(CommonProperties.FEATURE_AUTO_DISCOVERY_DISABLE_SERVER, true)
          .property(ServerProperties.WADL_FEATURE_DISABLE, true)
          // an error without a body must not fall through to the servlet container's error page
          .property(ServerProperties.RESPONSE_SET_STATUS_OVER_SEND_ERROR, true)
          .register(
              JacksonFeature.withoutExceptionMappers()
                  // the writers' cache is keyed by the resource method's annotations, hashed on
                  // every response, and the OpenAPI ones nest deep (@ApiResponse, @Content,
                  // @Schema): that costs more than the writer it finds
                  .jaxrsFeature(JaxRSFeature.CACHE_ENDPOINT_WRITERS, false))
          .register(ValidationFeature.class)
          .register(RolesAllowedDynamicFeature.class);

  public ApiApplication(ApplicationContext context) {
    this.context = context;
  }

  ResourceConfig config() {
    return config;
  }

  @Override
  public void afterSingletonsInstantiated() {
    List<Object> resources = beansAnnotated(Path.class);
    List<Object> providers =
        beansAnnotated(Provider.class).stream().filter(bean -> !resources.contains(bean)).toList();
    List<Class<?>> resourceClasses = resources.stream().<Class<?>>map(Object::getClass).toList();
    OpenApiResource openApi = OpenApiDocument.resource(resourceClasses);
    resources.forEach(config::register);
    providers.forEach(config::register);
    config.register(openApi);
    ResourceInstanceWarningFilter.install(
        Stream.concat(resourceClasses.stream(), Stream.of(openApi.getClass())).toList());
    LOG.info(
        "API-001 Lean Success API at {}: resources {}",
        ApiServletConfiguration.PATH,
        names(resources));
  }

  private List<Object> beansAnnotated(Class<? extends Annotation> annotation) {
    Map<String, Object> beans = context.getBeansWithAnnotation(annotation);
    return beans.values().stream()
        .filter(bean -> ClassUtils.getUserClass(bean).getPackageName().startsWith(OUR_PACKAGE))
        .peek(ApiApplication::requireUnproxied)
        .sorted(Comparator.comparing(bean -> bean.getClass().getName()))
        .toList();
  }

  /** Jersey reads the annotations of the instance's class, which a Spring proxy's class lacks. */
  private static void requireUnproxied(Object bean) {
    if (AopUtils.isAopProxy(bean)) {
      throw new IllegalStateException(
          ClassUtils.getUserClass(bean).getName()
              + " is a Spring proxy (e.g. @Transactional): keep API resources and providers unproxied,"
              + " and put transactions in the service they call");
    }
  }

  private static List<String> names(List<Object> beans) {
    return beans.stream().map(bean -> bean.getClass().getSimpleName()).toList();
  }
}
