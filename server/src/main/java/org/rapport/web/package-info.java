/** What every browser page shares: the layout, error pages and small web helpers. */
@NullMarked
package org.rapport.web;

import org.jspecify.annotations.NullMarked;
