package org.rapport.encounters;

import org.rapport.api.WireValue;

public enum ExchangeType implements WireValue {
    INFORMATION,
    ADVICE,
    INTRODUCTION,
    RECOMMENDATION,
    REFERRAL,
    FAVOR,
    RESOURCE;

    public static ExchangeType fromWire(String wire) {
        return WireValue.parse(ExchangeType.class, wire);
    }
}
