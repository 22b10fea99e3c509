package io.leansuccess.bench;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * CPU time and allocated bytes by who spent them, between two snapshots: what a request costs,
 * deterministic where throughput on a shared machine is noise. The JVM's threads by name (Tomcat's
 * {@code http-nio-*}, the JDK HTTP client's {@code HttpClient-*}, the benchmark's own client
 * threads {@code ingestion-client-*}), the rest of the JVM (GC, JIT, every other thread: the
 * process's CPU time minus the threads'), and PostgreSQL (the postmaster and its children, from
 * {@code /proc}; Linux only, otherwise 0).
 */
final class CpuMeter {

  static final String CLIENT_THREAD = "ingestion-client-";

  enum Group {
    /** The benchmark's client threads: the caller in-process, the HTTP client's caller else. */
    CLIENTS,
    /** java.net.http's own selector and worker threads. */
    HTTP_CLIENT,
    /** Tomcat's acceptor, poller and request threads: the server side of a request. */
    TOMCAT,
    /** Everything else in the JVM: GC, JIT compiler, pools, other threads. */
    JVM_OTHER,
    POSTGRESQL
  }

  /** Nanoseconds of CPU and bytes allocated by group. */
  record Usage(Map<Group, Long> cpuNanos, Map<Group, Long> allocatedBytes) {
    long totalCpuNanos() {
      return cpuNanos.values().stream().mapToLong(Long::longValue).sum();
    }

    /** CPU microseconds and kilobytes allocated by group, each divided by {@code per}. */
    String describe(long per) {
      StringBuilder text = new StringBuilder();
      for (Group group : Group.values()) {
        text.append(
            String.format(
                "%s %.0f us%s, ",
                group.name().toLowerCase(Locale.ROOT),
                cpuNanos.get(group) / 1000.0 / per,
                group == Group.POSTGRESQL || group == Group.JVM_OTHER
                    ? ""
                    : String.format(" %.0f kB", allocatedBytes.get(group) / 1024.0 / per)));
      }
      return text.append(String.format("total %.0f us", totalCpuNanos() / 1000.0 / per)).toString();
    }
  }

  /** What was spent so far: per live thread {group, cpu, bytes}, and the totals. */
  record Snapshot(
      Map<Long, long[]> threads,
      long processCpu,
      long postgresCpu,
      long endedClientCpu,
      long endedClientBytes) {

    /**
     * What was spent since {@code before}; a thread that ended in between (other than a client)
     * counts in the rest of the JVM, from the process's time.
     */
    Usage minus(Snapshot before) {
      Map<Group, Long> cpu = new EnumMap<>(Group.class);
      Map<Group, Long> bytes = new EnumMap<>(Group.class);
      for (Group group : Group.values()) {
        cpu.put(group, 0L);
        bytes.put(group, 0L);
      }
      cpu.put(Group.CLIENTS, endedClientCpu - before.endedClientCpu);
      bytes.put(Group.CLIENTS, endedClientBytes - before.endedClientBytes);
      threads.forEach(
          (id, now) -> {
            long[] then = before.threads.getOrDefault(id, new long[] {now[0], 0, 0});
            Group group = Group.values()[(int) now[0]];
            cpu.merge(group, now[1] - then[1], Long::sum);
            bytes.merge(group, now[2] - then[2], Long::sum);
          });
      long named = cpu.get(Group.CLIENTS) + cpu.get(Group.HTTP_CLIENT) + cpu.get(Group.TOMCAT);
      cpu.put(Group.JVM_OTHER, processCpu - before.processCpu - named);
      bytes.put(Group.JVM_OTHER, 0L);
      cpu.put(Group.POSTGRESQL, postgresCpu - before.postgresCpu);
      return new Usage(cpu, bytes);
    }
  }

  private final com.sun.management.ThreadMXBean threads =
      (com.sun.management.ThreadMXBean) ManagementFactory.getThreadMXBean();
  private final com.sun.management.OperatingSystemMXBean os =
      (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
  private final Optional<ProcessHandle> postmaster;

  /** Client threads that ended since the last snapshot, their CPU and bytes (they die per run). */
  private long endedClientCpu;

  private long endedClientBytes;

  CpuMeter(DataSource database) {
    this.postmaster = database == null ? Optional.empty() : postmaster(database);
  }

  /** Called by a client thread as it ends, with the CPU and bytes it spent since it began. */
  synchronized void clientEnded(long cpuNanos, long bytes) {
    endedClientCpu += cpuNanos;
    endedClientBytes += bytes;
  }

  /** What this thread has spent so far: {cpu nanoseconds, allocated bytes}. */
  long[] currentThread() {
    return new long[] {threads.getCurrentThreadCpuTime(), threads.getCurrentThreadAllocatedBytes()};
  }

  synchronized Snapshot now() {
    long process = os.getProcessCpuTime();
    Map<Long, long[]> spent = new HashMap<>();
    for (ThreadInfo info : threads.getThreadInfo(threads.getAllThreadIds())) {
      if (info == null || info.getThreadName().startsWith(CLIENT_THREAD)) {
        continue; // a client thread counts itself as it ends
      }
      String name = info.getThreadName();
      Group group =
          name.startsWith("HttpClient-")
              ? Group.HTTP_CLIENT
              : name.startsWith("http-nio-") ? Group.TOMCAT : Group.JVM_OTHER;
      long id = info.getThreadId();
      spent.put(
          id,
          new long[] {
            group.ordinal(),
            Math.max(0, threads.getThreadCpuTime(id)),
            Math.max(0, threads.getThreadAllocatedBytes(id))
          });
    }
    return new Snapshot(
        spent,
        process,
        postmaster.map(CpuMeter::treeCpuNanos).orElse(0L),
        endedClientCpu,
        endedClientBytes);
  }

  private static Optional<ProcessHandle> postmaster(DataSource database) {
    try (Connection connection = database.getConnection();
        Statement statement = connection.createStatement();
        ResultSet backend = statement.executeQuery("select pg_backend_pid()")) {
      backend.next();
      return ProcessHandle.of(backend.getLong(1)).flatMap(ProcessHandle::parent);
    } catch (SQLException unavailable) {
      return Optional.empty();
    }
  }

  /** utime + stime of the postmaster, its live children, and its children that ended. */
  private static long treeCpuNanos(ProcessHandle postmaster) {
    long ticks = ticks(postmaster.pid(), true);
    for (ProcessHandle child : postmaster.children().toList()) {
      ticks += ticks(child.pid(), false);
    }
    return ticks * 10_000_000L; // USER_HZ is 100 on Linux
  }

  private static long ticks(long pid, boolean withEndedChildren) {
    try {
      String stat = Files.readString(Path.of("/proc", Long.toString(pid), "stat"));
      // fields after the command's closing parenthesis, from field 3 (state) on
      String[] f = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      long ticks = Long.parseLong(f[11]) + Long.parseLong(f[12]); // utime, stime
      if (withEndedChildren) {
        ticks += Long.parseLong(f[13]) + Long.parseLong(f[14]); // cutime, cstime
      }
      return ticks;
    } catch (IOException | RuntimeException gone) {
      return 0;
    }
  }
}
