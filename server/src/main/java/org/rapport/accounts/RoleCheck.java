package org.rapport.accounts;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Set;
import org.rapport.api.ForbiddenException;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.HandlerInterceptor;

/**
 * The one place roles are enforced, for the API and the pages alike: a handler needs the role its
 * {@link RequiresRole} names, else VIEWER to read and EDITOR to change anything. A refusal is a 403
 * inside the member's own workspace; ids of another workspace still answer 404 from the services,
 * and a refusal here never depends on whether an id exists.
 */
class RoleCheck implements HandlerInterceptor {
    static final String VIEWERS_CANNOT_CHANGE = "Viewers cannot change the workspace";
    static final String OWNERS_ONLY = "Only the workspace's owners can do this";
    private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

    @Override
    public boolean preHandle(HttpServletRequest request, HttpServletResponse response, Object handler) {
        // Error pages and forwards render what the original request already was allowed to do (a
        // viewer's POST that ends in a 404 must still answer 404).
        if (request.getDispatcherType() != DispatcherType.REQUEST || !(handler instanceof HandlerMethod method)) {
            return true;
        }
        var authentication = SecurityContextHolder.getContext().getAuthentication();
        if (authentication == null || !(authentication.getPrincipal() instanceof CurrentMember me)) {
            return true; // anonymous: the security chains decide what anonymous callers may reach
        }
        MemberRole required = required(method, request.getMethod());
        if (!me.role().includes(required)) {
            throw new ForbiddenException(required == MemberRole.OWNER ? OWNERS_ONLY : VIEWERS_CANNOT_CHANGE);
        }
        return true;
    }

    static MemberRole required(HandlerMethod method, String httpMethod) {
        RequiresRole annotation = AnnotatedElementUtils.findMergedAnnotation(method.getMethod(), RequiresRole.class);
        if (annotation == null) {
            annotation = AnnotatedElementUtils.findMergedAnnotation(method.getBeanType(), RequiresRole.class);
        }
        if (annotation != null) {
            return annotation.value();
        }
        return READS.contains(httpMethod) ? MemberRole.VIEWER : MemberRole.EDITOR;
    }
}
