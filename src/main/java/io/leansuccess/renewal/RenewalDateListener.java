package io.leansuccess.renewal;

import io.leansuccess.account.RenewalDateChanged;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * A renewal date written by the CRM or a contract moves or cancels the account's readiness, or
 * opens one, once the write has committed: a failure here never refuses the CRM's write, and the
 * daily run opens what this missed.
 */
@Component
class RenewalDateListener {

  private final RenewalReadinessService readiness;

  RenewalDateListener(RenewalReadinessService readiness) {
    this.readiness = readiness;
  }

  @TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
  void onRenewalDateChanged(RenewalDateChanged changed) {
    try {
      readiness.renewalChanged(changed.accountId());
    } catch (RuntimeException e) {
      RenewalLogger.notBroughtUpToDate(changed.accountId(), changed.after(), e);
    }
  }
}
