package io.leansuccess.usecase;

/**
 * How many use cases a team wants per cycle ({@code lean-success.cycle.use-case-slots}); the rules
 * cap it.
 */
public record SlotRequest(int slots) {}
