package org.rapport.imports;

/** A problem at one line of an imported file (1-based). */
public record LineError(int line, String message) {}
