package org.rapport.accounts;

import org.springframework.security.core.AuthenticationException;

/** Too many failed sign-ins for an account or from an address: answered with 429. */
class LoginThrottledException extends AuthenticationException {
    static final long RETRY_AFTER_SECONDS = LoginThrottle.WINDOW_MILLIS / 1000;

    LoginThrottledException() {
        super("Too many failed sign-ins; try again in a minute");
    }
}
