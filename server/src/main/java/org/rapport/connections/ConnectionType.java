package org.rapport.connections;

import org.rapport.api.WireValue;

public enum ConnectionType implements WireValue {
    COLLEAGUE,
    FRIEND,
    FAMILY,
    INTRODUCED,
    KNOWS;

    public static ConnectionType fromWire(String wire) {
        return WireValue.parse(ConnectionType.class, wire);
    }
}
