/**
 * Workspaces, members, API tokens and the security configuration: who is calling and which
 * workspace every request is scoped to ({@link org.rapport.accounts.CurrentMember}).
 * Sign-up, sign-in (session and HTTP Basic), bearer tokens and the failed-login throttle live here.
 */
@NullMarked
package org.rapport.accounts;

import org.jspecify.annotations.NullMarked;
