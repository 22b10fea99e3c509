package io.leansuccess.support;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import javax.sql.DataSource;
import net.ttddyy.dsproxy.support.ProxyDataSource;
import net.ttddyy.dsproxy.support.ProxyDataSourceBuilder;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestComponent;

/**
 * Counts the SQL statements and the commits the product sends to its database, through a
 * datasource-proxy around the application's {@link DataSource}: what a page, an API call or a
 * process instance costs in round trips, so that a test or a benchmark can say "the same number of
 * statements for 100 accounts as for 10,000" instead of timing it.
 *
 * <p>The counts are for the whole context, every thread: the tests' context runs no job executor,
 * so between {@link #reset()} and {@link #now()} they are what the test itself caused (including
 * the HTTP requests it sent to the embedded server). A batched statement counts once per batch. A
 * commit is a transaction ended: an explicit {@code commit()}, or a statement run in auto-commit
 * mode (its own transaction).
 */
@TestComponent
public class SqlStatements implements BeanPostProcessor {

  private final AtomicLong statements = new AtomicLong();
  private final AtomicLong commits = new AtomicLong();
  private final AtomicLong rollbacks = new AtomicLong();

  /** What was counted: statements sent, commits and rollbacks. */
  public record Count(long statements, long commits, long rollbacks) {
    /** What happened between {@code before} and this count. */
    public Count minus(Count before) {
      return new Count(
          statements - before.statements, commits - before.commits, rollbacks - before.rollbacks);
    }
  }

  /** A result and the statements it took. */
  public record Counted<T>(T result, Count count) {}

  @Override
  public Object postProcessAfterInitialization(Object bean, String beanName) {
    if (!(bean instanceof DataSource dataSource) || bean instanceof ProxyDataSource) {
      return bean;
    }
    return ProxyDataSourceBuilder.create(dataSource)
        .name(beanName)
        .afterQuery(
            (execution, queries) -> {
              statements.incrementAndGet();
              if (execution.isSuccess() && autoCommitted(execution.getStatement())) {
                commits.incrementAndGet();
              }
            })
        .afterMethod(
            method -> {
              if (!(method.getTarget() instanceof Connection) || method.getThrown() != null) {
                return;
              }
              switch (method.getMethod().getName()) {
                case "commit" -> commits.incrementAndGet();
                case "rollback" -> rollbacks.incrementAndGet();
                default -> {}
              }
            })
        .build();
  }

  private static boolean autoCommitted(Statement statement) {
    try {
      // the pool keeps the connection's mode: no round trip
      return statement != null && statement.getConnection().getAutoCommit();
    } catch (SQLException unknown) {
      return false;
    }
  }

  /** The counts since the context started (or the last {@link #reset()}). */
  public Count now() {
    return new Count(statements.get(), commits.get(), rollbacks.get());
  }

  /** Starts counting from zero. */
  public void reset() {
    statements.set(0);
    commits.set(0);
    rollbacks.set(0);
  }

  /** Runs {@code work} and returns its result with what it cost the database. */
  public <T> Counted<T> during(Supplier<T> work) {
    Count before = now();
    T result = work.get();
    return new Counted<>(result, now().minus(before));
  }

  /** Runs {@code work} and returns what it cost the database. */
  public Count during(Runnable work) {
    Count before = now();
    work.run();
    return now().minus(before);
  }
}
