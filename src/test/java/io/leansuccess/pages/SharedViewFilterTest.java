package io.leansuccess.pages;

import static org.assertj.core.api.Assertions.assertThat;

import io.leansuccess.sharing.SharingProperties;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

class SharedViewFilterTest {

  @Test
  void shouldRefuseAClientAddressPastItsBudgetBeforeAnyTokenIsLookedAt() throws Exception {
    var settings = new SharingProperties();
    settings.setRequestsPerMinute(3);
    var filter = new SharedViewFilter(settings);

    for (int i = 0; i < 3; i++) {
      assertThat(request(filter, "203.0.113.7").getStatus()).isEqualTo(200);
    }
    MockHttpServletResponse refused = request(filter, "203.0.113.7");

    assertThat(refused.getStatus()).isEqualTo(429);
    assertThat(refused.getHeader("Retry-After")).isEqualTo("60");
    assertThat(request(filter, "203.0.113.8").getStatus()).as("another client").isEqualTo(200);
  }

  @Test
  void shouldKeepSearchEnginesAndReferrersAway() throws Exception {
    var response = request(new SharedViewFilter(new SharingProperties()), "203.0.113.9");

    assertThat(response.getHeader("X-Robots-Tag")).contains("noindex");
    assertThat(response.getHeader("Referrer-Policy")).isEqualTo("no-referrer");
  }

  private static MockHttpServletResponse request(SharedViewFilter filter, String address)
      throws Exception {
    var request = new MockHttpServletRequest("GET", "/shared/acme/token");
    request.setRemoteAddr(address);
    var response = new MockHttpServletResponse();
    filter.doFilter(request, response, new MockFilterChain());
    return response;
  }
}
