package org.rapport.demo;

/** What loading the demo network created, counted from the workspace afterwards. */
public record DemoNetwork(int people, int organizations, int encounters, int followUps, int connections) {}
