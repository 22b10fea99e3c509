package io.leansuccess.pages;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import io.leansuccess.LeanSuccessProperties;
import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;

/**
 * Signed in to Tasklist or Cockpit means signed in to the pages: the webapps' session is read as it
 * is.
 */
class PagesAuthenticationFilterTest {

  private final ProcessEngine engine = mock(ProcessEngine.class);
  private final IdentityService identity = mock(IdentityService.class);
  private final PagesAuthenticationFilter filter =
      new PagesAuthenticationFilter(engine, new LeanSuccessProperties());

  PagesAuthenticationFilterTest() {
    when(engine.getName()).thenReturn("default");
    when(engine.getIdentityService()).thenReturn(identity);
  }

  @Test
  void shouldLetInAUserSignedInToTheWebappsInACsGroup() throws Exception {
    var chain = new MockFilterChain();
    var response = new MockHttpServletResponse();

    filter.doFilter(requestWithSession("casey", List.of("csm")), response, chain);

    assertThat(response.getStatus()).isEqualTo(200);
    assertThat(chain.getRequest()).isNotNull();
    assertThat(chain.getRequest().getAttribute(PagesAuthenticationFilter.USER_ATTRIBUTE))
        .isEqualTo(new PagesAuthenticationFilter.PageUser("casey", List.of("csm")));
    // the page reads as casey (the book of business, the engine's authorizations), and no one after
    var order = inOrder(identity);
    order.verify(identity).setAuthentication("casey", List.of("csm"));
    order.verify(identity).clearAuthentication();
  }

  @Test
  void shouldRefuseAWebappUserOutsideTheCsGroups() throws Exception {
    var chain = new MockFilterChain();
    var response = new MockHttpServletResponse();

    filter.doFilter(requestWithSession("finance", List.of("accounting")), response, chain);

    assertThat(response.getStatus()).isEqualTo(403);
    assertThat(chain.getRequest()).isNull();
  }

  @Test
  void shouldSendASessionWithoutLoginToTheTasklistLogin() throws Exception {
    var request = new MockHttpServletRequest("GET", "/pages/portfolio");
    request.setSession(new MockHttpSession());
    var response = new MockHttpServletResponse();

    filter.doFilter(request, response, new MockFilterChain());

    assertThat(response.getRedirectedUrl()).isEqualTo("/camunda/app/tasklist/default/");
  }

  private static MockHttpServletRequest requestWithSession(String userId, List<String> groups) {
    var session = new MockHttpSession();
    var authentication = new UserAuthentication(userId, "default");
    authentication.setGroupIds(groups);
    var authentications = new Authentications();
    authentications.addOrReplace(authentication);
    AuthenticationUtil.updateSession(session, authentications);
    var request = new MockHttpServletRequest("GET", "/pages/portfolio");
    request.setSession(session);
    return request;
  }
}
