package io.leansuccess.health;

/** An account's health as the rules rate it. */
public enum HealthColour {
  GREEN,
  AMBER,
  RED
}
