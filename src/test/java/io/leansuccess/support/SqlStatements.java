package io.leansuccess.support;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.concurrent.atomic.LongAdder;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import javax.sql.DataSource;
import net.ttddyy.dsproxy.QueryInfo;
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
 *
 * <p>{@link #statementsByKind()} names them: statements by kind and table ({@code "insert
 * act_hi_varinst"}, {@code "select ls_cycle"}; a select by the first table it reads from), so that
 * a count that differs can be broken down.
 */
@TestComponent
public class SqlStatements implements BeanPostProcessor {

  private final AtomicLong statements = new AtomicLong();
  private final AtomicLong commits = new AtomicLong();
  private final AtomicLong rollbacks = new AtomicLong();
  private final Map<String, LongAdder> byKind = new ConcurrentHashMap<>();

  /** What was counted: statements sent, commits and rollbacks. */
  public record Count(long statements, long commits, long rollbacks) {
    /** What happened between {@code before} and this count. */
    public Count minus(Count before) {
      return new Count(
          statements - before.statements, commits - before.commits, rollbacks - before.rollbacks);
    }
  }

  /**
   * Statements by kind and table ({@code "update act_ru_execution"}), each counted as {@link
   * Count#statements()} counts them (a batch once, with {@code " (batch)"} after its name).
   */
  public record Kinds(Map<String, Long> counts) {
    /** What was sent between {@code before} and these counts; kinds sent alike are left out. */
    public Kinds minus(Kinds before) {
      Map<String, Long> difference = new TreeMap<>();
      counts.forEach(
          (kind, count) -> {
            long more = count - before.counts.getOrDefault(kind, 0L);
            if (more != 0) {
              difference.put(kind, more);
            }
          });
      before.counts.forEach(
          (kind, count) -> {
            if (!counts.containsKey(kind) && count != 0) {
              difference.put(kind, -count);
            }
          });
      return new Kinds(difference);
    }

    /** All statements counted. */
    public long total() {
      return counts.values().stream().mapToLong(Long::longValue).sum();
    }

    /** One line a kind, most first, each divided by {@code per} (a count a cycle, a page). */
    public String table(double per) {
      return counts.entrySet().stream()
          .sorted(
              Comparator.comparing((Map.Entry<String, Long> e) -> -Math.abs(e.getValue()))
                  .thenComparing(Map.Entry::getKey))
          .map(e -> String.format(Locale.ROOT, "%8.1f  %s", e.getValue() / per, e.getKey()))
          .collect(Collectors.joining(System.lineSeparator()));
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
              countKinds(queries, execution.isBatch());
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

  private static final Pattern TABLE =
      Pattern.compile(
          "^\\s*(?:(select|with)\\b.*?\\bfrom\\s+([\\w.]+)|(insert)\\s+into\\s+([\\w.]+)"
              + "|(update)\\s+([\\w.]+)|(delete)\\s+from\\s+([\\w.]+)|(\\w+))",
          Pattern.CASE_INSENSITIVE | Pattern.DOTALL);

  private void countKinds(List<QueryInfo> queries, boolean batch) {
    // a batch of one statement repeated counts once, as Count#statements does
    queries.stream()
        .map(query -> kind(query.getQuery()) + (batch ? " (batch)" : ""))
        .distinct()
        .forEach(kind -> byKind.computeIfAbsent(kind, k -> new LongAdder()).increment());
  }

  /** {@code "insert act_hi_varinst"}: the statement's verb and the (first) table it names. */
  static String kind(String sql) {
    Matcher matcher = TABLE.matcher(sql);
    if (!matcher.find()) {
      return "other";
    }
    for (int group = 1; group < matcher.groupCount(); group += 2) {
      if (matcher.group(group) != null) {
        String verb = matcher.group(group).toLowerCase(Locale.ROOT);
        return (verb.equals("with") ? "select" : verb)
            + " "
            + matcher.group(group + 1).toLowerCase(Locale.ROOT);
      }
    }
    return matcher.group(matcher.groupCount()).toLowerCase(Locale.ROOT);
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

  /** The statements since the context started (or the last {@link #reset()}), by kind. */
  public Kinds statementsByKind() {
    Map<String, Long> counts = new TreeMap<>();
    byKind.forEach((kind, count) -> counts.put(kind, count.sum()));
    return new Kinds(counts);
  }

  /**
   * The statements since the context started (or the last {@link #reset()}) by kind, most first:
   * {@link #statementsByKind()} as a map to print.
   */
  public Map<String, Long> byKind() {
    Map<String, Long> kinds = new LinkedHashMap<>();
    statementsByKind().counts().entrySet().stream()
        .sorted(Map.Entry.<String, Long>comparingByValue(Comparator.reverseOrder()))
        .forEach(entry -> kinds.put(entry.getKey(), entry.getValue()));
    return kinds;
  }

  /** Starts counting from zero. */
  public void reset() {
    byKind.clear();
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
