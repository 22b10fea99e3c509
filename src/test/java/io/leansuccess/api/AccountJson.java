package io.leansuccess.api;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.leansuccess.support.TestData;
import java.util.UUID;

/** Test data: a valid account's JSON, changed one field at a time. */
final class AccountJson {

  /** Every account's renewal date: a year from today, so no renewal readiness opens for it. */
  static final String RENEWAL_DATE = TestData.renewalInAYear().toString();

  private static final ObjectMapper JSON = new ObjectMapper();
  private final ObjectNode account;

  private AccountJson(ObjectNode account) {
    this.account = account;
  }

  /** A valid account with two segments, under a fresh id so tests never share rows. */
  static AccountJson anAccount() {
    ObjectNode account =
        JSON.createObjectNode()
            .put("id", "crm-" + UUID.randomUUID().toString().substring(0, 8))
            .put("name", "Acme Corporation")
            .put("industry", "Manufacturing")
            .put("arrAtSigning", 120000)
            .put("arrNow", 150000.5)
            .put("renewalDate", RENEWAL_DATE);
    ArrayNode segments = account.putArray("segments");
    segments
        .addObject()
        .put("key", "emea")
        .put("kind", "GEOGRAPHY")
        .put("name", "Europe")
        .put("licensedUsers", 250);
    segments
        .addObject()
        .put("key", "ops")
        .put("kind", "BUSINESS_UNIT")
        .put("name", "Operations")
        .put("licensedUsers", 40);
    return new AccountJson(account);
  }

  String id() {
    return account.get("id").asText();
  }

  AccountJson with(String field, String value) {
    var copy = account.deepCopy();
    copy.put(field, value);
    return new AccountJson(copy);
  }

  AccountJson without(String field) {
    var copy = account.deepCopy();
    copy.remove(field);
    return new AccountJson(copy);
  }

  AccountJson withSegmentField(int index, String field, Object value) {
    var copy = account.deepCopy();
    var segment = (ObjectNode) copy.get("segments").get(index);
    segment.set(field, JSON.valueToTree(value));
    return new AccountJson(copy);
  }

  String json() {
    return account.toString();
  }
}
