package mando.adapters.inmemory;

import java.util.Locale;

/**
 * Failures the one-machine bot can inject into itself, to show under load that nothing is lost when parts fail:
 * a share of image writes that fail, and a share of queue messages delivered twice. Off unless asked for.
 */
public record LocalFaults(double storeFailureRate, double duplicateRate) {
    public static final LocalFaults NONE = new LocalFaults(0, 0);

    public LocalFaults {
        if (!(storeFailureRate >= 0 && storeFailureRate <= 1) || !(duplicateRate >= 0 && duplicateRate <= 1)) {
            throw new IllegalArgumentException("fault rates must be between 0 and 1");
        }
    }

    /** Parses {@code store=0.05,duplicate=0.05} (either part may be left out); blank means none. */
    public static LocalFaults parse(String spec) {
        if (spec == null || spec.isBlank()) {
            return NONE;
        }
        double store = 0;
        double duplicate = 0;
        for (String part : spec.split(",")) {
            String[] kv = part.strip().split("=", 2);
            if (kv.length != 2) {
                throw new IllegalArgumentException("fault spec must look like store=0.05,duplicate=0.05");
            }
            double rate;
            try {
                rate = Double.parseDouble(kv[1].strip());
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("fault rate '" + kv[1].strip() + "' is not a number");
            }
            switch (kv[0].strip().toLowerCase(Locale.ROOT)) {
                case "store" -> store = rate;
                case "duplicate" -> duplicate = rate;
                default -> throw new IllegalArgumentException("unknown fault '" + kv[0].strip()
                        + "' (known: store, duplicate)");
            }
        }
        return new LocalFaults(store, duplicate);
    }
}
