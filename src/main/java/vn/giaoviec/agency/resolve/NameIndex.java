package vn.giaoviec.agency.resolve;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import vn.giaoviec.agency.Agency;
import vn.giaoviec.agency.Collective;

/**
 * Matching keys of every agency and collective spelling, with the variants "tỉnh" dropped at the
 * end and "Các"/"UBND" dropped at the start when that variant names only one target ("cấp xã",
 * "Văn phòng UBND"); filler phrases ("phối hợp với", "theo chức năng, nhiệm vụ") map to nothing;
 * user mappings win over everything.
 */
final class NameIndex {

    /** What a key names: an agency, a collective, a party that is no agency, or filler to ignore. */
    record Target(Agency agency, Collective collective, boolean party) {
        static final Target IGNORE = new Target(null, null, false);
        static final Target PARTY = new Target(null, null, true);

        Target(Agency agency, Collective collective) {
            this(agency, collective, false);
        }

        boolean ignored() {
            return agency == null && collective == null && !party;
        }

        String canonicalName() {
            return agency != null ? agency.name() : collective == null ? "" : collective.name();
        }
    }

    /** The mapping code that marks a name as "không phải cơ quan" (no agency code can start with '-'). */
    static final String NOT_AN_AGENCY = "-";

    static final double MIN_PREFIX_SHARE = 0.6;
    private static final List<String> OPTIONAL_HEADS = List.of("cac ", "ubnd ");
    private static final List<String> FILLER_PHRASES = List.of("phối hợp với", "phối hợp", "chủ trì",
            "theo chức năng, nhiệm vụ được giao", "theo chức năng nhiệm vụ", "theo chức năng",
            "được giao", "theo quy định", "tham mưu");
    /** People and organisations that plans name beside agencies but that no task can be issued to. */
    private static final List<String> PARTIES = List.of("tổ chức, cá nhân có liên quan", "tổ chức, cá nhân liên quan",
            "các tổ chức, cá nhân có liên quan", "các tổ chức, cá nhân", "tổ chức, cá nhân", "cá nhân, tổ chức",
            "cá nhân, tổ chức có liên quan", "người dân, doanh nghiệp", "người dân và doanh nghiệp", "người dân",
            "doanh nghiệp", "các doanh nghiệp", "nhân dân", "người dân, tổ chức", "tổ chức, doanh nghiệp",
            "cộng đồng doanh nghiệp", "các hội, hiệp hội", "hiệp hội doanh nghiệp", "các tổ chức, cá nhân liên quan");

    private final Map<String, Target> targets = new HashMap<>();
    private final Set<String> headWords = new HashSet<>();
    private int maxWords = 1;

    NameIndex(NameTokens tokens, Collection<Agency> agencies, Collection<Collective> collectives,
              Map<String, String> mappings) {
        Map<String, Target> explicit = new LinkedHashMap<>();
        agencies.forEach(a -> spell(tokens, explicit, a.name(), a.aliases(), new Target(a, null)));
        collectives.forEach(c -> spell(tokens, explicit, c.name(), c.aliases(), new Target(null, c)));
        explicit.keySet().forEach(key -> headWords.add(firstTwoWords(key)));
        addDerived(explicit);
        explicit.forEach(targets::putIfAbsent);
        FILLER_PHRASES.forEach(f -> targets.putIfAbsent(tokens.key(f), Target.IGNORE));
        PARTIES.forEach(p -> targets.putIfAbsent(tokens.key(p), Target.PARTY));
        mappings.forEach((text, code) -> targets.put(tokens.key(text), mappedTarget(code, agencies, collectives)));
        targets.keySet().forEach(key -> maxWords = Math.max(maxWords, key.split(" ").length));
    }

    Optional<Target> exact(String key) {
        return Optional.ofNullable(targets.get(key));
    }

    int maxWords() {
        return maxWords;
    }

    /** True for the first two words of a known name ("so noi", "ubnd cap"), or the whole of a one-word name. */
    boolean isHeadPair(String words) {
        return headWords.contains(words);
    }

    private static String firstTwoWords(String key) {
        String[] words = key.split(" ");
        return words.length == 1 ? words[0] : words[0] + " " + words[1];
    }

    /** Targets of which {@code partial} is a proper prefix covering at least 60% of a key. */
    Set<Target> prefixTargets(String partial) {
        Set<Target> found = new LinkedHashSet<>();
        if (partial.isBlank()) {
            return found;
        }
        targets.forEach((key, target) -> {
            if (!target.ignored() && !target.party() && key.length() > partial.length() && key.startsWith(partial)
                    && partial.length() >= MIN_PREFIX_SHARE * key.length()) {
                found.add(target);
            }
        });
        return found;
    }

    /** Every key naming each agency. */
    Map<Agency, List<String>> agencyKeys() {
        Map<Agency, List<String>> keys = new LinkedHashMap<>();
        targets.forEach((key, target) -> {
            if (target.agency() != null) {
                keys.computeIfAbsent(target.agency(), a -> new ArrayList<>()).add(key);
            }
        });
        return keys;
    }

    private static void spell(NameTokens tokens, Map<String, Target> keys, String name, List<String> aliases,
                              Target target) {
        keys.putIfAbsent(tokens.key(name), target);
        aliases.forEach(alias -> keys.putIfAbsent(tokens.key(alias), target));
    }

    private void addDerived(Map<String, Target> explicit) {
        Map<String, Set<Target>> derived = new HashMap<>();
        explicit.forEach((key, target) -> variants(key)
                .forEach(v -> derived.computeIfAbsent(v, k -> new HashSet<>()).add(target)));
        derived.forEach((key, owners) -> {
            if (owners.size() == 1 && !explicit.containsKey(key)) {
                targets.put(key, owners.iterator().next());
            }
        });
    }

    /** The key without "tỉnh" at the end, without "Các" or "UBND" at the start, or both. */
    private static Set<String> variants(String key) {
        Set<String> result = new HashSet<>();
        String noProvince = key.endsWith(" tinh") ? key.substring(0, key.length() - " tinh".length()) : key;
        for (String variant : List.of(key, noProvince)) {
            result.add(variant);
            OPTIONAL_HEADS.stream().filter(variant::startsWith)
                    .forEach(head -> result.add(variant.substring(head.length())));
        }
        result.remove(key);
        result.remove("");
        return result;
    }

    private static Target mappedTarget(String code, Collection<Agency> agencies, Collection<Collective> collectives) {
        if (NOT_AN_AGENCY.equals(code)) {
            return Target.PARTY;
        }
        for (Agency agency : agencies) {
            if (agency.code().equals(code)) {
                return new Target(agency, null);
            }
        }
        for (Collective collective : collectives) {
            if (collective.name().equals(code)) {
                return new Target(null, collective);
            }
        }
        throw new IllegalArgumentException("Không có cơ quan mã \"" + code + "\" để gán cho tên đã chọn");
    }
}
