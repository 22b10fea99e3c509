package io.leansuccess.successplan;

/** A stored version of a success plan and its content. */
public record SuccessPlan(SuccessPlanVersion version, SuccessPlanDocument document) {}
