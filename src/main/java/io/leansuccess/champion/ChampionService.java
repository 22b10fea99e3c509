package io.leansuccess.champion;

import io.leansuccess.account.Account;
import io.leansuccess.account.AccountRepository;
import io.leansuccess.account.Segment;
import io.leansuccess.shared.InvalidFieldException;
import io.leansuccess.shared.ResourceNotFoundException;
import java.time.Clock;
import java.util.List;
import java.util.function.Supplier;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** Names an account's champions; naming one again with the same details changes nothing. */
@Service
public class ChampionService {

  /** What naming a champion did, which the API turns into 201 or 200. */
  public enum Outcome {
    CREATED,
    UPDATED,
    UNCHANGED
  }

  public record Named(Champion champion, Outcome outcome) {}

  private final ChampionRepository champions;
  private final AccountRepository accounts;
  private final TransactionTemplate transaction;
  private final Clock clock;

  public ChampionService(
      ChampionRepository champions,
      AccountRepository accounts,
      PlatformTransactionManager transactionManager,
      Clock clock) {
    this.champions = champions;
    this.accounts = accounts;
    this.transaction = new TransactionTemplate(transactionManager);
    this.clock = clock;
  }

  /**
   * Creates the champion, or updates name and segment; {@code since} stays as first named.
   *
   * @param segmentKey one of the account's segments, or null for a champion of the whole account
   * @throws ResourceNotFoundException for an unknown account
   * @throws InvalidFieldException naming {@code segmentKey} when the account has no such segment
   */
  public Named name(String accountId, String email, String name, String segmentKey) {
    Account account = accounts.require(accountId);
    if (segmentKey != null
        && account.segments().stream().map(Segment::key).noneMatch(segmentKey::equals)) {
      throw new InvalidFieldException(
          "segmentKey", "'" + segmentKey + "' is not a segment of account '" + accountId + "'");
    }
    return transactionally(
        () ->
            champions
                .find(accountId, email)
                .map(
                    stored -> {
                      Champion wanted = stored.with(name, segmentKey);
                      if (wanted.equals(stored)) {
                        return new Named(stored, Outcome.UNCHANGED);
                      }
                      champions.update(wanted);
                      return new Named(wanted, Outcome.UPDATED);
                    })
                .orElseGet(
                    () -> {
                      var champion =
                          new Champion(accountId, email, name, segmentKey, clock.instant());
                      champions.insert(champion);
                      return new Named(champion, Outcome.CREATED);
                    }));
  }

  /**
   * @throws ResourceNotFoundException for an unknown account, rather than an empty network
   */
  public List<Champion> ofAccount(String accountId) {
    accounts.require(accountId);
    return champions.ofAccount(accountId);
  }

  /** A concurrent first naming of the same champion loses the insert and is decided again. */
  private Named transactionally(Supplier<Named> write) {
    try {
      return transaction.execute(status -> write.get());
    } catch (DuplicateKeyException concurrentInsert) {
      return transaction.execute(status -> write.get());
    }
  }
}
