package io.leansuccess.api;

import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.springframework.stereotype.Component;

/**
 * Puts {@link CredentialsForgettingIdentityProvider} in place of Camunda's database identity
 * provider, unless another plugin brought an identity provider of its own (LDAP, SSO): then the API
 * verifies every request with the identity service, as without a cache.
 */
@Component
public class VerifiedCredentialsPlugin extends AbstractProcessEnginePlugin {

  private final VerifiedCredentials credentials;
  private CredentialsForgettingIdentityProvider.Factory installed;

  public VerifiedCredentialsPlugin(VerifiedCredentials credentials) {
    this.credentials = credentials;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getIdentityProviderSessionFactory() == null) {
      installed = new CredentialsForgettingIdentityProvider.Factory(credentials);
      configuration.setIdentityProviderSessionFactory(installed);
    }
  }

  @Override
  public void postInit(ProcessEngineConfigurationImpl configuration) {
    if (installed != null && configuration.getIdentityProviderSessionFactory() == installed) {
      credentials.enable();
    } else {
      credentials.disable();
    }
  }
}
