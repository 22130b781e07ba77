package vn.giaoviec.agency.resolve;

import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.giaoviec.agency.Agency;

/** Ranks directory agencies by similarity to an unrecognized name: shared words, then edit distance. */
final class SuggestionRanker {

    static final int LIMIT = 3;
    private static final Set<String> WEAK_WORDS = Set.of("va", "cac", "tinh");

    private record Score(Agency agency, boolean preferred, int sharedWords, int distance) {
    }

    private static final Comparator<Score> BEST_FIRST = Comparator.comparing(Score::preferred).reversed()
            .thenComparing(Comparator.comparingInt(Score::sharedWords).reversed())
            .thenComparingInt(Score::distance);

    private final List<Agency> agencies;
    private final Map<Agency, List<String>> agencyKeys;

    SuggestionRanker(List<Agency> agencies, Map<Agency, List<String>> agencyKeys) {
        this.agencies = agencies.stream().filter(agencyKeys::containsKey).toList();
        this.agencyKeys = agencyKeys;
    }

    /** Up to {@link #LIMIT} agencies, the {@code preferred} ones (prefix candidates) first; ties in directory order. */
    List<AgencySuggestion> suggest(String key, Collection<Agency> preferred) {
        return agencies.stream().map(a -> score(a, preferred.contains(a), key)).sorted(BEST_FIRST).limit(LIMIT)
                .map(s -> new AgencySuggestion(s.agency().code(), s.agency().name())).toList();
    }

    private Score score(Agency agency, boolean preferred, String key) {
        Set<String> words = words(key);
        int shared = 0;
        int distance = Integer.MAX_VALUE;
        for (String candidate : agencyKeys.get(agency)) {
            Set<String> common = words(candidate);
            common.retainAll(words);
            shared = Math.max(shared, common.size());
            distance = Math.min(distance, editDistance(key, candidate));
        }
        return new Score(agency, preferred, shared, distance);
    }

    private static Set<String> words(String key) {
        Set<String> words = new HashSet<>(Arrays.asList(key.split(" ")));
        words.removeAll(WEAK_WORDS);
        return words;
    }

    static int editDistance(String a, String b) {
        int[] previous = new int[b.length() + 1];
        int[] current = new int[b.length() + 1];
        for (int j = 0; j <= b.length(); j++) {
            previous[j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            current[0] = i;
            for (int j = 1; j <= b.length(); j++) {
                int substitution = previous[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
                current[j] = Math.min(substitution, Math.min(previous[j], current[j - 1]) + 1);
            }
            int[] swap = previous;
            previous = current;
            current = swap;
        }
        return previous[b.length()];
    }
}
