/**
 * Workspaces, members, API tokens and the security configuration: who is calling and which
 * workspace every request is scoped to ({@link org.rapport.accounts.CurrentMember}).
 * Sign-up, sign-in (session and HTTP Basic), bearer tokens and the failed-login throttle live here,
 * and teams: invitations, members and their roles, enforced for every handler by
 * {@link org.rapport.accounts.RequiresRole} and the role check.
 */
@NullMarked
package org.rapport.accounts;

import org.jspecify.annotations.NullMarked;
