/** The "today" page, composed from the features. */
@NullMarked
package org.rapport.home;

import org.jspecify.annotations.NullMarked;
