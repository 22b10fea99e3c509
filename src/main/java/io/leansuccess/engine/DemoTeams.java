package io.leansuccess.engine;

/**
 * The demo's two teams (groups of type {@value #TYPE}): {@code demo.csm} and {@code demo.manager},
 * who manages it, in {@value #ENTERPRISE_EMEA}; {@value #OTHER_CSM} and {@value #OTHER_MANAGER},
 * who manages it, in {@value #GROWTH_AMERICAS}.
 */
public final class DemoTeams {

  public static final String TYPE = "team";
  public static final String ENTERPRISE_EMEA = "team-enterprise-emea";
  public static final String GROWTH_AMERICAS = "team-growth-americas";
  public static final String OTHER_CSM = "demo.csm.americas";
  public static final String OTHER_MANAGER = "demo.manager.americas";

  private DemoTeams() {}
}
