/** A Spring Boot application with the server's starters and none of its code, to compare startup against. */
@NullMarked
package org.rapport.bench.baseline;

import org.jspecify.annotations.NullMarked;
