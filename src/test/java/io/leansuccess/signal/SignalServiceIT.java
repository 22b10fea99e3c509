package io.leansuccess.signal;

import static io.leansuccess.support.TestData.segment;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.leansuccess.account.Account;
import io.leansuccess.shared.ConflictException;
import io.leansuccess.shared.InvalidFieldException;
import io.leansuccess.shared.ResourceNotFoundException;
import io.leansuccess.support.LeanSuccessIntegrationTest;
import io.leansuccess.support.TestData;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

@LeanSuccessIntegrationTest
class SignalServiceIT {

  static final Instant MONDAY = Instant.parse("2026-10-05T09:00:00Z");
  static final Instant TUESDAY = Instant.parse("2026-10-06T09:00:00Z");

  @Autowired SignalService service;
  @Autowired SignalRepository signals;
  @Autowired TestData testData;
  @Autowired JdbcClient jdbc;

  Account account;

  @BeforeEach
  void givenAnAccountWithTwoSegments() {
    account = testData.anAccountWith(segment("emea", 100), segment("apac", 50));
  }

  @Test
  void shouldStoreAnEventOnceWhenItIsDeliveredTwice() {
    Signal signal = activeUsers(event(), "emea", "45", MONDAY);

    boolean first = service.receive(signal);
    boolean second = service.receive(activeUsers(signal.eventId(), "emea", "45.00", MONDAY));

    assertThat(first).isTrue();
    assertThat(second).isFalse();
    assertThat(
            jdbc.sql("select count(*) from ls_signal where id = ?")
                .param(signal.eventId())
                .query(Integer.class)
                .single())
        .isEqualTo(1);
  }

  @Test
  void shouldRefuseAnotherPayloadUnderAKnownEventIdAndKeepTheFirst() {
    String eventId = event();
    service.receive(activeUsers(eventId, "emea", "45", MONDAY));

    assertThatThrownBy(() -> service.receive(activeUsers(eventId, "emea", "46", MONDAY)))
        .isInstanceOf(ConflictException.class)
        .hasMessageContaining(eventId);
    assertThatThrownBy(() -> service.receive(activeUsers(eventId, "apac", "45", MONDAY)))
        .isInstanceOf(ConflictException.class);
    assertThat(signals.find(eventId).orElseThrow().value()).isEqualByComparingTo("45");
  }

  @Test
  void shouldTakeTheSignalThatOccurredLastNotTheOneReceivedLast() {
    service.receive(activeUsers(event(), "emea", "70", TUESDAY));
    service.receive(activeUsers(event(), "emea", "20", MONDAY));
    service.receive(activeUsers(event(), "apac", "5", TUESDAY.plusSeconds(60)));

    assertThat(signals.latest(account.id(), SignalKind.ACTIVE_USERS, "emea").orElseThrow().value())
        .isEqualByComparingTo("70");
    assertThat(signals.latest(account.id(), SignalKind.ACTIVE_USERS, "apac").orElseThrow().value())
        .isEqualByComparingTo("5");
  }

  @Test
  void shouldKeepTheLatestNpsForTheWholeAccount() {
    service.receive(nps(event(), "10", MONDAY));
    service.receive(nps(event(), "-35", TUESDAY));

    assertThat(signals.latestNps(account.id())).contains(-35);
  }

  @Test
  void shouldRefuseActiveUsersWithoutASegmentOrForAnotherAccountsSegment() {
    assertThatThrownBy(() -> service.receive(activeUsers(event(), null, "45", MONDAY)))
        .isInstanceOf(InvalidFieldException.class)
        .extracting(e -> ((InvalidFieldException) e).field())
        .isEqualTo("segmentKey");
    assertThatThrownBy(() -> service.receive(activeUsers(event(), "latam", "45", MONDAY)))
        .isInstanceOf(InvalidFieldException.class)
        .hasMessageContaining("latam");
  }

  @Test
  void shouldRefuseAnNpsForOneSegmentOrOutOfRangeNamingTheField() {
    var forSegment =
        new Signal(event(), account.id(), SignalKind.NPS, "emea", BigDecimal.TEN, MONDAY);

    assertThatThrownBy(() -> service.receive(forSegment))
        .extracting(e -> ((InvalidFieldException) e).field())
        .isEqualTo("segmentKey");
    assertThatThrownBy(() -> service.receive(nps(event(), "150", MONDAY)))
        .extracting(e -> ((InvalidFieldException) e).field())
        .isEqualTo("value");
    assertThat(signals.latestNps(account.id())).isEmpty();
  }

  @Test
  void shouldRefuseASignalForAnUnknownAccount() {
    var signal =
        new Signal(event(), "no-such-account", SignalKind.NPS, null, BigDecimal.TEN, MONDAY);

    assertThatThrownBy(() -> service.receive(signal)).isInstanceOf(ResourceNotFoundException.class);
  }

  private Signal activeUsers(String eventId, String segmentKey, String value, Instant at) {
    return new Signal(
        eventId, account.id(), SignalKind.ACTIVE_USERS, segmentKey, new BigDecimal(value), at);
  }

  private Signal nps(String eventId, String value, Instant at) {
    return new Signal(eventId, account.id(), SignalKind.NPS, null, new BigDecimal(value), at);
  }

  private static String event() {
    return "evt-" + UUID.randomUUID();
  }
}
