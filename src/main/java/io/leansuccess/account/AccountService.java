package io.leansuccess.account;

import io.leansuccess.shared.ConflictException;
import io.leansuccess.shared.ResourceNotFoundException;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Writes accounts so that integrations can retry safely: writing what is already stored changes
 * nothing, and each write is one transaction.
 */
@Service
public class AccountService {

  /** What a write did, which the API turns into 201 or 200. */
  public enum Outcome {
    CREATED,
    REPLACED,
    UNCHANGED
  }

  private final AccountRepository repository;
  private final Teams teams;
  private final TeamProperties settings;
  private final ApplicationEventPublisher events;
  private final TransactionTemplate transaction;

  public AccountService(
      AccountRepository repository,
      Teams teams,
      TeamProperties settings,
      ApplicationEventPublisher events,
      PlatformTransactionManager transactionManager) {
    this.repository = repository;
    this.teams = teams;
    this.settings = settings;
    this.events = events;
    this.transaction = new TransactionTemplate(transactionManager);
  }

  public Optional<Account> find(String id) {
    return repository.find(id);
  }

  /** The account, or a 404 naming it. */
  public Account require(String id) {
    return repository.require(id);
  }

  public List<Account> list(int limit, int offset) {
    return repository.list(limit, offset);
  }

  public long count() {
    return repository.count();
  }

  /** The account's team and owner. */
  public Ownership ownership(String id) {
    return repository.ownership(id);
  }

  /** The teams and owners of these accounts, by id. */
  public Map<String, Ownership> ownerships(Collection<String> ids) {
    return repository.ownerships(ids);
  }

  /** Creates the account, or replaces the stored one with the same id; its team and owner stay. */
  public Outcome put(Account account) {
    return put(account, Assignment.KEEP);
  }

  /** Creates the account, or replaces the stored one with the same id, with this team and owner. */
  public Outcome put(Account account, Assignment assignment) {
    return transactionally(
        () ->
            visible(account.id())
                .map(
                    stored -> {
                      boolean moved = assign(account.id(), assignment);
                      if (stored.equals(account)) {
                        return moved ? Outcome.REPLACED : Outcome.UNCHANGED;
                      }
                      repository.update(account);
                      if (!stored.renewalDate().equals(account.renewalDate())) {
                        events.publishEvent(
                            new RenewalDateChanged(
                                account.id(), stored.renewalDate(), account.renewalDate()));
                      }
                      return Outcome.REPLACED;
                    })
                .orElseGet(() -> insert(account, assignment)));
  }

  /**
   * Creates the account; the same account again is no change, a different one with its id a
   * conflict.
   */
  public Outcome create(Account account) {
    return create(account, Assignment.KEEP);
  }

  /**
   * Creates the account with this team and owner; the same again is no change, different content a
   * conflict.
   */
  public Outcome create(Account account, Assignment assignment) {
    return transactionally(
        () ->
            visible(account.id())
                .map(
                    stored -> {
                      Ownership ownership = repository.ownership(account.id());
                      if (!stored.equals(account)
                          || !assignment.applyTo(ownership, teams).equals(ownership)) {
                        throw new ConflictException(
                            "Account '"
                                + account.id()
                                + "' exists with other content;"
                                + " PUT /accounts/"
                                + account.id()
                                + " replaces it");
                      }
                      return Outcome.UNCHANGED;
                    })
                .orElseGet(() -> insert(account, assignment)));
  }

  /**
   * Gives the account to another team or owner: its work in the engine moves with it ({@link
   * AccountMoved}).
   */
  public Ownership reassign(String id, Assignment assignment) {
    return transaction.execute(
        status -> {
          repository.require(id);
          assign(id, assignment);
          return repository.ownership(id);
        });
  }

  /**
   * The account the one asking may see; another team's answers 404, so that its id cannot be taken
   * over.
   */
  private Optional<Account> visible(String id) {
    Optional<Account> stored = repository.find(id);
    if (stored.isEmpty() && repository.exists(id)) {
      throw new ResourceNotFoundException("account", id);
    }
    return stored;
  }

  private boolean assign(String id, Assignment assignment) {
    Ownership before = repository.ownership(id);
    Ownership after = assignment.applyTo(before, teams);
    if (after.equals(before)) {
      return false;
    }
    repository.assign(id, after);
    events.publishEvent(new AccountMoved(id, before, after));
    return true;
  }

  private Outcome insert(Account account, Assignment assignment) {
    Ownership ownership = assignment.applyTo(settings.forNewAccount(), teams);
    repository.insert(account);
    repository.assign(account.id(), ownership);
    events.publishEvent(new RenewalDateChanged(account.id(), null, account.renewalDate()));
    return Outcome.CREATED;
  }

  /**
   * Runs the write in a transaction, once more if a concurrent request inserted the same id between
   * our read and our insert: the second run sees that row and decides again.
   */
  private Outcome transactionally(Supplier<Outcome> write) {
    try {
      return transaction.execute(status -> write.get());
    } catch (DuplicateKeyException concurrentInsert) {
      return transaction.execute(status -> write.get());
    }
  }
}
