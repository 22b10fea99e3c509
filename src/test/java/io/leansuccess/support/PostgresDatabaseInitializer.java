package io.leansuccess.support;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.support.DefaultListableBeanFactory;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.test.context.support.TestPropertySourceUtils;

/**
 * Points a test context at an empty database of its own on the shared PostgreSQL server, and lets
 * the server go only after the context has closed (the engine and pool shut down first).
 */
@Order(Ordered.HIGHEST_PRECEDENCE)
public class PostgresDatabaseInitializer
    implements ApplicationContextInitializer<ConfigurableApplicationContext> {

  @Override
  public void initialize(ConfigurableApplicationContext context) {
    String url = PostgresServer.acquireNewDatabase();
    TestPropertySourceUtils.addInlinedPropertiesToEnvironment(
        context,
        "spring.datasource.url=" + url,
        "spring.datasource.username=postgres",
        "spring.datasource.password=");
    // registered before any other bean, so destroyed after all of them
    var beanFactory = (DefaultListableBeanFactory) context.getBeanFactory();
    beanFactory.registerDisposableBean("postgresRelease", new Release());
  }

  /** Released when the whole bean factory is gone, not at the start of closing. */
  private static final class Release implements DisposableBean {
    private boolean released;

    @Override
    public synchronized void destroy() {
      if (!released) {
        released = true;
        PostgresServer.release();
      }
    }
  }
}
