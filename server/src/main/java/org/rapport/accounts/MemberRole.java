package org.rapport.accounts;

import org.rapport.api.WireValue;

/**
 * What a member may do in their workspace. Viewers read; editors change the shared network and their
 * own records; owners also manage members, invitations and workspace-wide settings.
 */
public enum MemberRole implements WireValue {
    VIEWER,
    EDITOR,
    OWNER;

    /** Whether this role may do what {@code required} may. */
    public boolean includes(MemberRole required) {
        return compareTo(required) >= 0;
    }

    public boolean canWrite() {
        return includes(EDITOR);
    }

    public boolean isOwner() {
        return this == OWNER;
    }

    public String label() {
        return switch (this) {
            case VIEWER -> "Viewer";
            case EDITOR -> "Editor";
            case OWNER -> "Owner";
        };
    }

    static MemberRole fromWire(String wire) {
        return WireValue.parse(MemberRole.class, wire);
    }
}
