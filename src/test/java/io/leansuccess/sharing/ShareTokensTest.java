package io.leansuccess.sharing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.util.Base64;
import java.util.UUID;
import org.junit.jupiter.api.Test;

class ShareTokensTest {

  private static final String KEY = Base64.getEncoder().encodeToString(new byte[32]);

  private final ShareTokens tokens = tokens(KEY);

  @Test
  void shouldOpenTheLinkItWasSignedForOnItsAccount() {
    UUID id = UUID.randomUUID();

    assertThat(tokens.verify("acme", tokens.sign("acme", id))).contains(id);
  }

  @Test
  void shouldOpenNothingWhenTheTokenIsOnAnotherAccount() {
    String token = tokens.sign("acme", UUID.randomUUID());

    assertThat(tokens.verify("globex", token)).isEmpty();
  }

  @Test
  void shouldOpenNothingWhenAnyCharacterOfTheTokenChanged() {
    String token = tokens.sign("acme", UUID.randomUUID());
    for (int i = 0; i < token.length(); i++) {
      char changed = token.charAt(i) == 'A' ? 'B' : 'A';
      String altered = token.substring(0, i) + changed + token.substring(i + 1);
      assertThat(tokens.verify("acme", altered)).as("changed at %d", i).isEmpty();
    }
  }

  @Test
  void shouldOpenNothingWithAnotherKey() {
    String token = tokens.sign("acme", UUID.randomUUID());
    byte[] other = new byte[32];
    other[0] = 1;

    assertThat(tokens(Base64.getEncoder().encodeToString(other)).verify("acme", token)).isEmpty();
  }

  @Test
  void shouldOpenNothingForWhatIsNoToken() {
    assertThat(tokens.verify("acme", "not a token")).isEmpty();
    assertThat(tokens.verify("acme", "")).isEmpty();
    assertThat(tokens.verify("acme", "A".repeat(1000))).isEmpty();
    assertThat(tokens.verify("acme", null)).isEmpty();
  }

  @Test
  void shouldRefuseAConfiguredKeyThatIsTooShort() {
    assertThatThrownBy(() -> tokens(Base64.getEncoder().encodeToString(new byte[16])))
        .hasMessageContaining("at least 32");
  }

  private static ShareTokens tokens(String key) {
    var settings = new SharingProperties();
    settings.setSigningKey(key);
    return new ShareTokens(settings, null, Clock.systemUTC());
  }
}
