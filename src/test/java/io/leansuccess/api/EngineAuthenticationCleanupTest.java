package io.leansuccess.api;

import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import org.camunda.bpm.engine.IdentityService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.ObjectProvider;

class EngineAuthenticationCleanupTest {

  private final IdentityService identityService = mock(IdentityService.class);

  @SuppressWarnings("unchecked")
  private final ObjectProvider<IdentityService> provider = mock(ObjectProvider.class);

  @Test
  void shouldClearTheEngineAuthenticationEvenWhenTheRequestFails() throws Exception {
    when(provider.getObject()).thenReturn(identityService);
    FilterChain chain = mock(FilterChain.class);
    doThrow(new IllegalStateException("boom")).when(chain).doFilter(any(), any());
    var cleanup = new EngineAuthenticationCleanup(provider);

    assertThatThrownBy(
            () -> cleanup.doFilter(mock(ServletRequest.class), mock(ServletResponse.class), chain))
        .hasMessage("boom");

    verify(identityService).clearAuthentication();
  }
}
