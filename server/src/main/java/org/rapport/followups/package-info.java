/**
 * Follow-ups: something to do for or with a person by a date (thank-you, deliver what was
 * promised, check in, introduce). Some are created for the member, such as the thank-you after
 * help was received. Publishes {@link org.rapport.followups.FollowUpService}.
 */
@NullMarked
package org.rapport.followups;

import org.jspecify.annotations.NullMarked;
