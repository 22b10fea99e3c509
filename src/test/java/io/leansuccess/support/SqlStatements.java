package io.leansuccess.support;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
  private final Map<String, LongAdder> byKind = new ConcurrentHashMap<>();

  /** The verb and the table a statement is about: {@code insert act_hi_varinst}. */
  private static final Pattern KIND =
      Pattern.compile(
          "^(?:(insert)\\s+into|(update)|(delete)\\s+from|(select)\\b.*?\\bfrom)\\s+([\\w.\"]+)",
          Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

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
              if (!queries.isEmpty()) {
                byKind
                    .computeIfAbsent(kind(queries.get(0).getQuery()), k -> new LongAdder())
                    .increment();
              }
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

  static String kind(String sql) {
    String head = sql == null ? "" : sql.strip();
    Matcher matcher = KIND.matcher(head.length() > 600 ? head.substring(0, 600) : head);
    if (!matcher.find()) {
      int end = head.indexOf(' ');
      return (end < 0 ? head : head.substring(0, end)).toLowerCase(Locale.ROOT);
    }
    String verb = matcher.group(1);
    for (int group = 2; verb == null; group++) {
      verb = matcher.group(group);
    }
    return (verb + " " + matcher.group(5).replace("\"", "")).toLowerCase(Locale.ROOT);
  }

  /**
   * The statements since the context started (or the last {@link #reset()}) by kind (verb and
   * table: {@code insert act_hi_varinst}), most first; a batch counts once.
   */
  public Map<String, Long> byKind() {
    Map<String, Long> kinds = new LinkedHashMap<>();
    byKind.entrySet().stream()
        .map(entry -> Map.entry(entry.getKey(), entry.getValue().sum()))
        .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()))
        .forEach(entry -> kinds.put(entry.getKey(), entry.getValue()));
    return kinds;
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
    byKind.clear();
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
