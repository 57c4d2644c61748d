package org.rapport.cli.config;

/** Where the CLI signs in: the server's base address and a personal API token. */
public record Config(String server, String token) {}
