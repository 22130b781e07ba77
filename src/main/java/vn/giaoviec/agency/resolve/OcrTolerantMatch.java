package vn.giaoviec.agency.resolve;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import vn.giaoviec.agency.Agency;
import vn.giaoviec.agency.Collective;
import vn.giaoviec.agency.resolve.NameIndex.Target;

/**
 * Reads names in text that came from OCR, where letters are misread ("S6é Noi vu", "S& Tai chinh",
 * "S& Ké hoach va Pau tw"): both sides are folded, the usual confusions undone (6, 0, &, ¢ for "o";
 * P for "Đ"), and a name matches when it is the only one within a fifth of its length in edits.
 * Used only for text known to come from OCR or to have lost its diacritics, because in clean text
 * two different agencies can be that close ("Sở Ngoại vụ", "Sở Nội vụ").
 */
final class OcrTolerantMatch {

    private record Spelling(String folded, Target target) {
    }

    private final List<Spelling> spellings = new ArrayList<>();

    OcrTolerantMatch(List<Agency> agencies, List<Collective> collectives) {
        agencies.forEach(a -> {
            spellings.add(new Spelling(fold(a.name()), new Target(a, null)));
            a.aliases().forEach(alias -> spellings.add(new Spelling(fold(alias), new Target(a, null))));
        });
        collectives.forEach(c -> c.spellings().forEach(s -> spellings.add(new Spelling(fold(s), new Target(null, c)))));
    }

    /** The one target the written text is close to, if any. */
    Optional<Target> match(String written) {
        String folded = fold(written);
        if (folded.length() < 5) {
            return Optional.empty();
        }
        Target best = null;
        int bestDistance = Integer.MAX_VALUE;
        boolean tie = false;
        for (Spelling spelling : spellings) {
            int limit = Math.max(1, Math.round(spelling.folded().length() / 5f));
            if (Math.abs(spelling.folded().length() - folded.length()) > limit) {
                continue;
            }
            int distance = SuggestionRanker.editDistance(folded, spelling.folded());
            if (distance > limit) {
                continue;
            }
            if (distance < bestDistance) {
                tie = false;
                best = spelling.target();
                bestDistance = distance;
            } else if (distance == bestDistance && !sameAgency(best, spelling.target())) {
                tie = true;
            }
        }
        return best == null || tie ? Optional.empty() : Optional.of(best);
    }

    private static boolean sameAgency(Target a, Target b) {
        return a.agency() != null ? a.agency().equals(b.agency()) : a.collective() != null && a.collective().equals(b.collective());
    }

    /** Lower case, no diacritics, OCR confusions undone, words separated by single spaces. */
    static String fold(String text) {
        String t = text.replace('Đ', 'D').replace('đ', 'd').replace("¢", "o").replace("&", "o").replace("@", "o");
        t = t.replaceAll("(?<=\\p{L})[60](?=\\p{L}|\\b)", "o").replaceAll("\\bP(?=[aâă]u\\b|[aâ]i\\b|ong\\b|[oô]n\\b)", "D");
        t = Normalizer.normalize(t, Normalizer.Form.NFD).replaceAll("\\p{M}+", "").toLowerCase(Locale.ROOT);
        return t.replaceAll("[^a-z0-9]+", " ").trim();
    }
}
