/**
 * The calendar feed: a member's open follow-ups and due check-ins as an iCalendar file at a secret
 * URL that any calendar app can subscribe to without signing in. Owns the feed secrets (only their
 * hashes) and the security chain of {@code /feeds/**}. Publishes {@link org.rapport.feeds.FeedSecrets}.
 */
@NullMarked
package org.rapport.feeds;

import org.jspecify.annotations.NullMarked;
