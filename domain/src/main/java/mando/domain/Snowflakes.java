package mando.domain;

/** Checks Discord snowflake ids, the decimal 64-bit ids Discord gives interactions and applications. */
final class Snowflakes {
    private Snowflakes() {}

    static String require(String value, String what) {
        if (value == null || value.isEmpty() || value.length() > 20) {
            throw new IllegalArgumentException(what + " must be 1 to 20 decimal digits");
        }
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (c < '0' || c > '9') {
                throw new IllegalArgumentException(what + " must be 1 to 20 decimal digits");
            }
        }
        return value;
    }
}
