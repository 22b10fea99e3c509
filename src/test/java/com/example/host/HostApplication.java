package com.example.host;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/**
 * Somebody else's Camunda 7 Spring Boot application, outside our packages and without our
 * configuration files: what a team embedding the plugin has.
 */
@SpringBootApplication
public class HostApplication {}
