package io.leansuccess.process;

import io.leansuccess.engine.BusinessDayCalendars;
import io.leansuccess.engine.LeanSuccessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;

/**
 * The business-day calendars of {@link LeanSuccessEnginePlugin} on the fast tests' in-memory engine
 * ({@code src/test/resources/camunda.cfg.xml}), with the calendar the product ships (weekends off,
 * no holidays, UTC): a {@code 5BD} timer there falls where it falls in production.
 */
public class BusinessDaysTestPlugin extends AbstractProcessEnginePlugin {

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    configuration.setBusinessCalendarManager(
        BusinessDayCalendars.around(
            configuration.getBusinessCalendarManager(), ShippedSettings.calendar()));
  }
}
