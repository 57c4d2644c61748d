package org.rapport.encounters;

import org.rapport.api.WireValue;

public enum Channel implements WireValue {
    IN_PERSON,
    CALL,
    VIDEO,
    EMAIL,
    MESSAGE,
    EVENT,
    OTHER;

    public static Channel fromWire(String wire) {
        return WireValue.parse(Channel.class, wire);
    }
}
