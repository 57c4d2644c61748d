package org.rapport.accounts;

import java.util.List;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/** Email and password sign-in (the form and HTTP Basic), throttled per account and address. */
@Component
class MemberAuthenticationProvider implements AuthenticationProvider {
    // Compared against when the email is unknown, so a miss costs as much time as a wrong password.
    private final String decoyHash;
    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final LoginThrottle throttle;

    MemberAuthenticationProvider(AccountRepository accounts, PasswordEncoder passwordEncoder, LoginThrottle throttle) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.throttle = throttle;
        this.decoyHash = passwordEncoder.encode("decoy password that matches nothing");
    }

    @Override
    public Authentication authenticate(Authentication authentication) {
        String email = AccountService.normalizeEmail(String.valueOf(authentication.getPrincipal()));
        String password = String.valueOf(authentication.getCredentials());
        String address = authentication.getDetails() instanceof WebAuthenticationDetails details
                        && details.getRemoteAddress() != null
                ? details.getRemoteAddress()
                : "unknown";
        throttle.check(email, address);
        var member = accounts.findByEmail(email);
        boolean matches = passwordEncoder.matches(
                password, member.map(m -> m.passwordHash()).orElse(decoyHash));
        if (member.isEmpty() || !matches) {
            throttle.recordFailure(email, address);
            throw new BadCredentialsException("Wrong email or password");
        }
        var result = UsernamePasswordAuthenticationToken.authenticated(
                member.get().toCurrentMember(), null, List.of(new SimpleGrantedAuthority("ROLE_MEMBER")));
        result.setDetails(authentication.getDetails());
        return result;
    }

    @Override
    public boolean supports(Class<?> authentication) {
        return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
    }
}
