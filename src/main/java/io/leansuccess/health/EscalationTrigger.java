package io.leansuccess.health;

/** One of domain.md's reasons to start a get-well plan held in this evaluation, in words. */
public record EscalationTrigger(String reason) {}
