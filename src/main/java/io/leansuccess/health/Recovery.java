package io.leansuccess.health;

/** The rules found an escalated account recovered: its get-well plan may close. */
public record Recovery(String reason) {}
