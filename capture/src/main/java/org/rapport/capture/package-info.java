/**
 * The one-line quick-capture syntax ({@code Coffee with @Ana #job_search got: intro to @Carla}),
 * shared by the command line and the web. Plain Java with no dependencies: it turns text into a
 * {@link org.rapport.capture.Capture} and relative dates into a {@link org.rapport.capture.When};
 * resolving names to people is the caller's job. The syntax is documented in docs/quick-capture.md.
 */
package org.rapport.capture;
