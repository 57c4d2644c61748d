package org.rapport.accounts;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;
import org.jspecify.annotations.Nullable;
import org.rapport.api.ConflictException;
import org.rapport.api.ForbiddenException;
import org.rapport.api.ValidationException;
import org.rapport.db.ChangeLog;
import org.rapport.db.Ids;
import org.rapport.db.WorkspaceId;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Sign-up: a member and their own workspace, or a member joining a team workspace by invitation.
 * The very first account is always allowed.
 */
@Service
public class AccountService {
    static final int MIN_PASSWORD_LENGTH = 10;
    // bcrypt reads at most 72 bytes; a longer password would be silently truncated.
    static final int MAX_PASSWORD_BYTES = 72;
    private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

    private final AccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final ChangeLog changeLog;
    private final InvitationService invitations;
    private final boolean signupOpen;

    AccountService(
            AccountRepository accounts,
            PasswordEncoder passwordEncoder,
            ChangeLog changeLog,
            InvitationService invitations,
            @Value("${rapport.signup:closed}") String signup) {
        this.accounts = accounts;
        this.invitations = invitations;
        this.passwordEncoder = passwordEncoder;
        this.changeLog = changeLog;
        this.signupOpen = "open".equalsIgnoreCase(signup.trim());
    }

    public record SignUp(UUID memberId, WorkspaceId workspaceId) {}

    public boolean isSignupAllowed() {
        return signupOpen || accounts.countMembers() == 0;
    }

    public boolean hasAnyAccount() {
        return accounts.countMembers() > 0;
    }

    @Transactional
    public SignUp signUp(String email, String password, String name) {
        return signUp(email, password, name, null);
    }

    /**
     * A new member: with an invitation, in the inviting workspace with the invited role (allowed
     * even when sign-up is closed); without one, the owner of a new workspace of their own.
     */
    @Transactional
    public SignUp signUp(String email, String password, String name, @Nullable String invitation) {
        String normalizedEmail = normalizeEmail(email);
        var problems = new ValidationException.Collector();
        if (!isEmail(normalizedEmail)) {
            problems.add("email", "must be an email address like ana@example.com");
        }
        checkPassword("password", password, problems);
        if (name.isBlank()) {
            problems.add("name", "must not be empty");
        } else if (name.length() > 200) {
            problems.add("name", "must be at most 200 characters");
        }
        boolean invited = invitation != null && !invitation.isBlank();
        var joining = invited
                ? invitations.check(invitation, normalizedEmail, problems)
                : Optional.<InvitationRepository.InvitationRow>empty();
        problems.throwIfAny();
        if (!invited && !isSignupAllowed()) {
            throw new ForbiddenException("Sign-up is closed on this server; ask its owner for an account");
        }
        if (accounts.emailExists(normalizedEmail)) {
            throw new ConflictException("An account with this email already exists");
        }
        long now = System.currentTimeMillis();
        UUID memberId = Ids.newId();
        String hash = passwordEncoder.encode(password);
        if (joining.isPresent()) {
            var row = joining.get();
            accounts.insertMember(
                    new AccountRepository.MemberRow(
                            row.workspace(), memberId, normalizedEmail, name.trim(), hash, row.role()),
                    now);
            if (!invitations.accept(row, memberId)) {
                throw ValidationException.of(
                        "invitation", "has been used already; ask the workspace's owner for a new link");
            }
            changeLog.record(row.workspace().value(), "member", memberId, ChangeLog.Operation.CREATE, memberId);
            return new SignUp(memberId, row.workspace());
        }
        WorkspaceId workspace = new WorkspaceId(Ids.newId());
        accounts.insertWorkspace(workspace, name.trim(), now);
        accounts.insertMember(
                new AccountRepository.MemberRow(
                        workspace, memberId, normalizedEmail, name.trim(), hash, MemberRole.OWNER),
                now);
        changeLog.record(workspace.value(), "workspace", workspace.value(), ChangeLog.Operation.CREATE, memberId);
        changeLog.record(workspace.value(), "member", memberId, ChangeLog.Operation.CREATE, memberId);
        return new SignUp(memberId, workspace);
    }

    @Transactional
    public void changePassword(CurrentMember me, String current, String replacement) {
        var row = accounts.findMember(me.workspace(), me.memberId()).orElseThrow();
        var problems = new ValidationException.Collector();
        if (!passwordEncoder.matches(current, row.passwordHash())) {
            problems.add("currentPassword", "is not your current password");
        }
        checkPassword("newPassword", replacement, problems);
        problems.throwIfAny();
        accounts.updatePassword(me.workspace(), me.memberId(), passwordEncoder.encode(replacement));
    }

    @Transactional
    public void rename(CurrentMember me, String name) {
        if (name.isBlank() || name.length() > 200) {
            throw ValidationException.of("name", "must be 1 to 200 characters");
        }
        accounts.rename(me.workspace(), me.memberId(), name.strip());
        changeLog.record(me.workspace().value(), "member", me.memberId(), ChangeLog.Operation.UPDATE, me.memberId());
    }

    static boolean isEmail(String normalizedEmail) {
        return !normalizedEmail.isEmpty() && EMAIL.matcher(normalizedEmail).matches();
    }

    static String normalizeEmail(String email) {
        return email.trim().toLowerCase(Locale.ROOT);
    }

    private static void checkPassword(String field, String password, ValidationException.Collector problems) {
        if (password.codePointCount(0, password.length()) < MIN_PASSWORD_LENGTH) {
            problems.add(field, "must be at least " + MIN_PASSWORD_LENGTH + " characters");
        } else if (password.getBytes(StandardCharsets.UTF_8).length > MAX_PASSWORD_BYTES) {
            problems.add(field, "must be at most " + MAX_PASSWORD_BYTES + " bytes");
        }
    }
}
