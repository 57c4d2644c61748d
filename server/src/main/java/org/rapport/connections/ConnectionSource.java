package org.rapport.connections;

import org.rapport.api.WireValue;

public enum ConnectionSource implements WireValue {
    MANUAL,
    IMPORT,
    INFERRED;

    public static ConnectionSource fromWire(String wire) {
        return WireValue.parse(ConnectionSource.class, wire);
    }
}
