/**
 * The {@code rapport} command line: picocli commands, one package per feature, that talk only to
 * the REST API through {@link org.rapport.cli.api.ApiClient}. This package holds the entry point,
 * the shared plumbing every command uses ({@link org.rapport.cli.CommandContext}, {@link
 * org.rapport.cli.Terminal}) and the exit codes.
 */
package org.rapport.cli;
