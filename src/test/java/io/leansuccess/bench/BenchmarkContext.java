package io.leansuccess.bench;

import io.leansuccess.api.ShortCircuitedAuthentication;
import io.leansuccess.support.LeanSuccessIntegrationTest;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.TestPropertySource;

/**
 * The whole product as the tests run it, but in a Spring context and database of its own: the
 * benchmarks start job executors that run every due job they find and fill tables with thousands of
 * rows, which must never reach the tests' shared database; and the API's authentication can be
 * short-circuited ({@link ShortCircuitedAuthentication}). All benchmark classes share this one
 * context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@LeanSuccessIntegrationTest
@TestPropertySource(
    properties = {
      "lean-success.benchmark.context=own",
      // engines register in a JVM-wide registry by name: a second "default" would take the
      // shared test context's place behind its /engine-rest and webapps
      "camunda.bpm.process-engine-name=benchmark",
      // the ingestion benchmark measures the API with and without its authentication
      "spring.main.allow-bean-definition-overriding=true",
      // and what the API can take, not a credential's budget
      "lean-success.api.rate-limit.enabled=false"
    })
@Import(ShortCircuitedAuthentication.Replacement.class)
public @interface BenchmarkContext {}
