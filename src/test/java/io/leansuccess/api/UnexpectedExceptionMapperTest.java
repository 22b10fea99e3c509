package io.leansuccess.api;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.UriInfo;
import java.net.URI;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

class UnexpectedExceptionMapperTest {

  @Test
  void shouldAnswer500WithAnErrorIdAndNothingOfTheCause() {
    var mapper = new UnexpectedExceptionMapper();
    var uriInfo = mock(UriInfo.class);
    var request = mock(Request.class);
    when(uriInfo.getRequestUri()).thenReturn(URI.create("http://host/api/v1/accounts"));
    when(request.getMethod()).thenReturn("GET");
    ReflectionTestUtils.setField(mapper, "uriInfo", uriInfo);
    ReflectionTestUtils.setField(mapper, "request", request);

    var response = mapper.toResponse(new IllegalStateException("secret table ls_account is gone"));

    assertThat(response.getStatus()).isEqualTo(500);
    assertThat(response.getMediaType().toString()).isEqualTo(Problem.MEDIA_TYPE);
    var problem = (Problem) response.getEntity();
    assertThat(problem.errorId()).isNotBlank();
    assertThat(problem.detail())
        .contains(problem.errorId())
        .doesNotContain("secret", "IllegalState");
    assertThat(problem.instance()).isEqualTo("/api/v1/accounts");
  }
}
