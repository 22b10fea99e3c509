package io.leansuccess.contract;

/**
 * Receives a signed contract: records it and sets off what follows, the onboarding of a new account
 * or a new success-plan version. The onboarding implements it, so this package never depends on
 * what a contract sets off.
 */
public interface ContractReceiver {

  ContractService.Recorded receive(Contract contract);

  /** The contract, with the team and CSM the CRM names for its account ({@code docs/teams.md}). */
  ContractService.Recorded receive(Contract contract, ContractService.Owners owners);
}
