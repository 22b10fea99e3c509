package io.leansuccess.operations;

import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The schema is the one this node was started on: Liquibase had run all its changesets before the
 * engine started, and the database still holds them (not, say, a restored older backup). A schema
 * update another node is running shows as a detail; the node serves on meanwhile.
 */
class SchemaHealth extends AbstractHealthIndicator {

  private final JdbcClient jdbc;
  private final long changeSetsAtStart;

  SchemaHealth(JdbcClient jdbc) {
    super("The schema could not be checked");
    this.jdbc = jdbc;
    this.changeSetsAtStart = changeSets();
  }

  @Override
  protected void doHealthCheck(Health.Builder builder) {
    long changeSets = changeSets();
    boolean locked =
        jdbc.sql("select count(*) from databasechangeloglock where locked = true")
                .query(Long.class)
                .single()
            > 0;
    (changeSets >= changeSetsAtStart ? builder.up() : builder.down())
        .withDetail("changeSets", changeSets)
        .withDetail("updateRunning", locked);
  }

  private long changeSets() {
    return jdbc.sql("select count(*) from databasechangelog").query(Long.class).single();
  }
}
