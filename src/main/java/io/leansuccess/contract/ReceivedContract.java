package io.leansuccess.contract;

import java.time.Instant;

/**
 * A contract as stored: what the CRM sent last under its id, how often it was amended and when.
 *
 * @param revision 1 when first received, one more with each amendment
 * @param amendedAt null until the first amendment
 */
public record ReceivedContract(
    Contract contract, int revision, Instant receivedAt, Instant amendedAt) {}
