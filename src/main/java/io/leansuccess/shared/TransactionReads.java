package io.leansuccess.shared;

import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionSynchronization;
import org.springframework.transaction.support.TransactionSynchronizationManager;

/**
 * What the repositories read in the current transaction, kept until it ends, so that the delegates
 * and listeners of one engine step (which run in one transaction) read a row once, not once each.
 * Each read names the tables its answer comes from; every write through a repository names the
 * tables it changes and forgets every answer read from them, so a read after a write in the same
 * transaction sees the write. Nothing outlives the transaction, committed or rolled back, and
 * nothing is kept outside one: there every read goes to the database. A transaction suspended for
 * another (requires new) keeps its answers to itself.
 */
@Component
public class TransactionReads {

  /** The answer of {@code read}, read once in this transaction until a write to {@code tables}. */
  @SuppressWarnings("unchecked")
  public <T> T read(Set<String> tables, Object key, Supplier<T> read) {
    Reads reads = current();
    if (reads == null) {
      return read.get();
    }
    Entry kept = reads.entries.get(key);
    if (kept != null) {
      return (T) kept.answer();
    }
    T answer = read.get();
    reads.entries.put(key, new Entry(tables, answer));
    return answer;
  }

  /**
   * What this transaction kept for {@code key}, if it read it (or was told it with {@link #put})
   * since its last write to the tables the answer came from; empty otherwise.
   */
  @SuppressWarnings("unchecked")
  public <T> Optional<T> kept(Object key) {
    Reads reads = current();
    Entry kept = reads == null ? null : reads.entries.get(key);
    return kept == null ? Optional.empty() : Optional.of((T) kept.answer());
  }

  /**
   * The answer a read of {@code key} would give now, known without reading: what a write just
   * wrote. Call it after {@link #wrote} for the same write.
   */
  public void put(Set<String> tables, Object key, Object answer) {
    Reads reads = current();
    if (reads != null) {
      reads.entries.put(key, new Entry(tables, answer));
    }
  }

  /** A write to these tables in this transaction: what was read from them is read again. */
  public void wrote(String... tables) {
    if (!TransactionSynchronizationManager.isSynchronizationActive()) {
      return;
    }
    Reads reads = (Reads) TransactionSynchronizationManager.getResource(this);
    if (reads != null) {
      List<String> changed = List.of(tables);
      reads.entries.values().removeIf(entry -> changed.stream().anyMatch(entry.tables()::contains));
    }
  }

  /** A key of its parts, any of them null: a read's name and its parameters. */
  public static List<Object> key(Object... parts) {
    return Arrays.asList(parts);
  }

  private Reads current() {
    if (!TransactionSynchronizationManager.isSynchronizationActive()
        || !TransactionSynchronizationManager.isActualTransactionActive()) {
      return null;
    }
    Reads reads = (Reads) TransactionSynchronizationManager.getResource(this);
    if (reads == null) {
      reads = new Reads(this);
      TransactionSynchronizationManager.bindResource(this, reads);
      TransactionSynchronizationManager.registerSynchronization(reads);
    }
    return reads.open ? reads : null;
  }

  private record Entry(Set<String> tables, Object answer) {}

  /** One transaction's answers, bound to it as Spring binds its connection. */
  private static final class Reads implements TransactionSynchronization {

    private final Object key;
    private final Map<Object, Entry> entries = new HashMap<>();
    private boolean open = true;

    Reads(Object key) {
      this.key = key;
    }

    @Override
    public void suspend() {
      TransactionSynchronizationManager.unbindResource(key);
    }

    @Override
    public void resume() {
      TransactionSynchronizationManager.bindResource(key, this);
    }

    @Override
    public void beforeCompletion() {
      // what runs while the transaction completes reads the database
      open = false;
      entries.clear();
    }

    @Override
    public void afterCompletion(int status) {
      open = false;
      entries.clear();
      TransactionSynchronizationManager.unbindResourceIfPossible(key);
    }
  }
}
