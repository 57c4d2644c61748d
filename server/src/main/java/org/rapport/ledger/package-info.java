/**
 * The give-and-take ledger: what a member gave to and received from one person, by exchange type,
 * this year and all time, with the items themselves. Private to the member's workspace.
 * Publishes {@link org.rapport.ledger.LedgerService}.
 */
@NullMarked
package org.rapport.ledger;

import org.jspecify.annotations.NullMarked;
