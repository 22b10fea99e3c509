package io.leansuccess.demo;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;

/** Demo accounts exist only where the demo is switched on: never in production. */
class DemoDataConditionTest {

  private final ApplicationContextRunner context =
      new ApplicationContextRunner().withUserConfiguration(DemoData.class, DemoWalk.class);

  @Test
  void shouldNotExistWithoutTheDemo() {
    context.run(
        app -> assertThat(app).doesNotHaveBean(DemoData.class).doesNotHaveBean(DemoWalk.class));
  }

  @Test
  void shouldNotExistWhenTheDemoIsOff() {
    context
        .withPropertyValues("lean-success.demo.enabled=false")
        .run(
            app -> assertThat(app).doesNotHaveBean(DemoData.class).doesNotHaveBean(DemoWalk.class));
  }
}
