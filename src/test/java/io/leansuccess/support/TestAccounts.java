package io.leansuccess.support;

import io.leansuccess.account.Account;
import io.leansuccess.account.AccountRepository;
import io.leansuccess.account.Segment;
import io.leansuccess.account.SegmentKind;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/** Accounts stored for a test under fresh ids, so tests sharing the database never share rows. */
public final class TestAccounts {

  private TestAccounts() {}

  /** A segment of a geography with this many licensed users; its name is its key in capitals. */
  public static Segment segment(String key, int licensedUsers) {
    return new Segment(key, SegmentKind.GEOGRAPHY, key.toUpperCase(), licensedUsers);
  }

  public static Account storeAccount(AccountRepository accounts, Segment... segments) {
    var account = new Account("test-" + UUID.randomUUID().toString().substring(0, 8), "Acme Corporation",
        "Manufacturing", new BigDecimal("120000"), new BigDecimal("150000"), LocalDate.of(2027, 3, 31),
        List.of(segments));
    accounts.insert(account);
    return account;
  }
}
