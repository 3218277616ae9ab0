package dev.skillfleet.desktop.core.intent;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The weighted evidence for each intent, with a one-line reason for every weight added. */
final class Evidence {

    private final Map<Intent, Double> weights = new EnumMap<>(Intent.class);
    private final List<String> reasons = new ArrayList<>();

    Evidence() {
        for (Intent intent : Intent.values()) {
            weights.put(intent, 0.0);
        }
    }

    void add(Intent intent, double weight, String reason) {
        if (weight == 0) {
            return;
        }
        weights.merge(intent, weight, Double::sum);
        reasons.add(String.format(Locale.ROOT, "%+.2f %s: %s", weight, intent, reason));
    }

    double weight(Intent intent) {
        return weights.get(intent);
    }

    /** Why each weight was added, in order, e.g. "+3.00 CREATE_SKILL: main request 'create'". */
    List<String> reasons() {
        return List.copyOf(reasons);
    }
}
