/**
 * The network: how strong each tie is (with its reasons) and, built on that, who can introduce
 * the member to whom.
 */
@NullMarked
package org.rapport.network;

import org.jspecify.annotations.NullMarked;
