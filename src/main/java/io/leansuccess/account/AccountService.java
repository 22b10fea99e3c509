package io.leansuccess.account;

import io.leansuccess.shared.ConflictException;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
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
  public enum Outcome { CREATED, REPLACED, UNCHANGED }

  private final AccountRepository repository;
  private final TransactionTemplate transaction;

  public AccountService(AccountRepository repository, PlatformTransactionManager transactionManager) {
    this.repository = repository;
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

  /** Creates the account, or replaces the stored one with the same id. */
  public Outcome put(Account account) {
    return transactionally(() -> repository.find(account.id())
        .map(stored -> {
          if (stored.equals(account)) {
            return Outcome.UNCHANGED;
          }
          repository.update(account);
          return Outcome.REPLACED;
        })
        .orElseGet(() -> insert(account)));
  }

  /** Creates the account; the same account again is no change, a different one with its id a conflict. */
  public Outcome create(Account account) {
    return transactionally(() -> repository.find(account.id())
        .map(stored -> {
          if (!stored.equals(account)) {
            throw new ConflictException("Account '" + account.id() + "' exists with other content;"
                + " PUT /accounts/" + account.id() + " replaces it");
          }
          return Outcome.UNCHANGED;
        })
        .orElseGet(() -> insert(account)));
  }

  private Outcome insert(Account account) {
    repository.insert(account);
    return Outcome.CREATED;
  }

  /**
   * Runs the write in a transaction, once more if a concurrent request inserted the same id
   * between our read and our insert: the second run sees that row and decides again.
   */
  private Outcome transactionally(Supplier<Outcome> write) {
    try {
      return transaction.execute(status -> write.get());
    } catch (DuplicateKeyException concurrentInsert) {
      return transaction.execute(status -> write.get());
    }
  }
}
