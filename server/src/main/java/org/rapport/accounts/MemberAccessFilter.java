package org.rapport.accounts;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.security.authentication.InsufficientAuthenticationException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Reads the signed-in member again on every request that did not just authenticate with a token:
 * a browser session keeps the member it signed in as, so without this a role change would wait for
 * the next sign-in and a removed member would keep their session. One primary-key lookup.
 */
class MemberAccessFilter extends OncePerRequestFilter {
    /** Set by the token filter: the member was read from the database on this request already. */
    static final String FRESH = MemberAccessFilter.class.getName() + ".FRESH";

    private final AccountRepository accounts;
    private final AuthenticationEntryPoint removed;

    MemberAccessFilter(AccountRepository accounts, AuthenticationEntryPoint removed) {
        this.accounts = accounts;
        this.removed = removed;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        var context = SecurityContextHolder.getContext();
        var authentication = context.getAuthentication();
        if (request.getAttribute(FRESH) != null
                || authentication == null
                || !(authentication.getPrincipal() instanceof CurrentMember signedIn)) {
            chain.doFilter(request, response);
            return;
        }
        var current = accounts.findMember(signedIn.workspace(), signedIn.memberId());
        if (current.isEmpty()) {
            SecurityContextHolder.clearContext();
            var session = request.getSession(false);
            if (session != null) {
                session.invalidate();
            }
            removed.commence(
                    request,
                    response,
                    new InsufficientAuthenticationException("This account was removed from its workspace"));
            return;
        }
        CurrentMember fresh = current.get().toCurrentMember();
        if (!fresh.equals(signedIn)) {
            var refreshed =
                    UsernamePasswordAuthenticationToken.authenticated(fresh, null, authentication.getAuthorities());
            refreshed.setDetails(authentication.getDetails());
            var replaced = SecurityContextHolder.createEmptyContext();
            replaced.setAuthentication(refreshed);
            SecurityContextHolder.setContext(replaced);
        }
        chain.doFilter(request, response);
    }
}
