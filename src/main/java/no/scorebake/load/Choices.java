package no.scorebake.load;

import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** Lists the valid choices for a message: all of them when few, else the ones closest to what was written. */
final class Choices {

    private static final int ALL_UP_TO = 12;

    private Choices() {
    }

    static String known(Collection<String> valid, String given) {
        if (valid.isEmpty()) {
            return "none are defined";
        }
        List<String> sorted = valid.stream().sorted().toList();
        if (sorted.size() <= ALL_UP_TO) {
            return "known: " + String.join(", ", sorted);
        }
        List<String> closest = sorted.stream()
                .sorted(Comparator.comparingInt((String v) -> distance(v.toLowerCase(Locale.ROOT), given.toLowerCase(Locale.ROOT))).thenComparing(v -> v))
                .limit(5).collect(Collectors.toList());
        return "closest known: " + String.join(", ", closest) + " (of " + sorted.size() + ")";
    }

    /** Levenshtein distance, for suggesting what a typo meant. */
    static int distance(String a, String b) {
        int[] prev = new int[b.length() + 1];
        int[] cur = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            prev[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            cur[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                cur[j] = Math.min(Math.min(cur[j - 1] + 1, prev[j] + 1), prev[j - 1] + cost);
            }
            int[] t = prev;
            prev = cur;
            cur = t;
        }
        return prev[b.length()];
    }
}
