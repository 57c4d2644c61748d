/**
 * Insights: charts of the member's networking, drawn on the server as SVG (no script), each with
 * its data as a table for screen readers. Reads other modules through their services only.
 */
@NullMarked
package org.rapport.insights;

import org.jspecify.annotations.NullMarked;
