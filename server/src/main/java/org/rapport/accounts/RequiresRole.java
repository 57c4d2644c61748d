package org.rapport.accounts;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The least role that may call a handler, where the default does not fit. By default reading
 * (GET, HEAD, OPTIONS) needs {@link MemberRole#VIEWER} and everything else {@link MemberRole#EDITOR}
 * ({@link RoleCheck}). Owners-only handlers say {@code OWNER}; changes that are the member's own
 * (their password, tokens, calendar feed) or change nothing say {@code VIEWER}.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.METHOD, ElementType.TYPE})
public @interface RequiresRole {
    MemberRole value();
}
