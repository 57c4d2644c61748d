/**
 * Goals: networking with a purpose. A job search (target organizations, people moving from
 * identified to referred, advice requests with the 3-then-7 routine) or a new-business push
 * (prospects from lead to won, referral sources, stale flags). Publishes {@link org.rapport.goals.GoalService}.
 */
@NullMarked
package org.rapport.goals;

import org.jspecify.annotations.NullMarked;
