package io.leansuccess.support;

import io.leansuccess.LeanSuccessApplication;
import io.leansuccess.rules.drools.GuardProbeDelegate;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.boot.test.autoconfigure.actuate.observability.AutoConfigureObservability;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole product on a real PostgreSQL database, with the demo users, on a random port, the job
 * executor off so that tests fire timers when they mean to. Every test class with this annotation
 * and nothing else shares one Spring context: keep it that way.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest(
    classes = LeanSuccessApplication.class,
    webEnvironment = WebEnvironment.RANDOM_PORT,
    properties = {
      "spring.config.name=" + LeanSuccessApplication.CONFIG_NAMES,
      // tests fire timers themselves (execute(job())), at the engine time they set
      "camunda.bpm.job-execution.enabled=false",
      // the demo accounts would show up in every test's lists; DemoDataIT seeds them when it runs
      "lean-success.demo.seed-on-start=false"
    })
@ContextConfiguration(initializers = PostgresDatabaseInitializer.class)
@ActiveProfiles("demo")
// the tests' own beans, out of the product's component scan (they are @TestComponent)
@Import({TestData.class, HealthRuns.class, GuardProbeDelegate.class, SqlStatements.class})
// Spring's tests leave metrics exporters out by default; the product's Prometheus endpoint is
// tested
@AutoConfigureObservability(tracing = false)
public @interface LeanSuccessIntegrationTest {}
