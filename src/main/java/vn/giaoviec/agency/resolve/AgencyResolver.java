package vn.giaoviec.agency.resolve;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import vn.giaoviec.agency.Agency;
import vn.giaoviec.agency.Collective;
import vn.giaoviec.agency.resolve.NameIndex.Target;
import vn.giaoviec.agency.resolve.NameTokens.Token;

/**
 * The one resolver of agency names in lead ("Cơ quan chủ trì") and coordinators ("Cơ quan phối hợp")
 * cells. Known names, aliases and collectives are matched greedily, longest first, over the
 * normalized words of the whole cell; only the words left over are split into unknown pieces.
 * A cell cut at its end ("Sở Nội") resolves to the one name it is a prefix of, with a warning.
 */
public final class AgencyResolver {

    private final List<Agency> agencies;
    private final List<Collective> collectives;
    private final AgencyMapping mapping;
    private final NameTokens tokens = new NameTokens();
    private final NameIndex index;
    private final LeftoverSplitter splitter;
    private final SuggestionRanker ranker;
    private final OcrTolerantMatch ocr;

    public AgencyResolver(Collection<Agency> agencies, Collection<Collective> collectives) {
        this(agencies, collectives, AgencyMapping.none());
    }

    public AgencyResolver(Collection<Agency> agencies, Collection<Collective> collectives, AgencyMapping mapping) {
        this(agencies, collectives, mapping, false);
    }

    private AgencyResolver(Collection<Agency> agencies, Collection<Collective> collectives, AgencyMapping mapping,
                           boolean ocrTolerant) {
        this.agencies = List.copyOf(agencies);
        this.collectives = collectives == null ? List.of() : List.copyOf(collectives);
        this.mapping = mapping == null ? AgencyMapping.none() : mapping;
        this.index = new NameIndex(tokens, this.agencies, this.collectives, this.mapping.textToCode());
        this.splitter = new LeftoverSplitter(index::isHeadPair);
        this.ranker = new SuggestionRanker(this.agencies, index.agencyKeys());
        this.ocr = ocrTolerant ? new OcrTolerantMatch(this.agencies, this.collectives) : null;
    }

    /** A resolver for text from OCR or without diacritics: misread names match their closest spelling. */
    public AgencyResolver ocrTolerant() {
        return new AgencyResolver(agencies, collectives, mapping, true);
    }

    /** A resolver that also reads {@code alias} as the agency {@code code} (or collective name). */
    public AgencyResolver withAlias(String alias, String code) {
        return new AgencyResolver(agencies, collectives, mapping.with(alias, code), ocr != null);
    }

    public AgencyResolver withMapping(AgencyMapping extra) {
        AgencyMapping merged = mapping;
        for (Map.Entry<String, String> entry : extra.textToCode().entrySet()) {
            merged = merged.with(entry.getKey(), entry.getValue());
        }
        return new AgencyResolver(agencies, collectives, merged, ocr != null);
    }

    public AgencyMapping mapping() {
        return mapping;
    }

    public List<Collective> collectives() {
        return collectives;
    }

    /** The agencies of one cell, in order of appearance, duplicates removed; never null. */
    public ResolvedAgencies resolve(String cellText) {
        String text = tokens.prepare(cellText);
        List<Token> words = tokens.tokenize(text);
        if (words.isEmpty()) {
            return ResolvedAgencies.empty();
        }
        Map<String, AgencyMatch> found = new LinkedHashMap<>();
        new Scan(text, words, found).run();
        return new ResolvedAgencies(new ArrayList<>(found.values()));
    }

    /** One left-to-right pass over the words of a cell. */
    private final class Scan {
        private final String text;
        private final List<Token> words;
        private final Map<String, AgencyMatch> found;
        private int leftoverStart = -1;

        Scan(String text, List<Token> words, Map<String, AgencyMatch> found) {
            this.text = text;
            this.words = words;
            this.found = found;
        }

        void run() {
            int i = 0;
            while (i < words.size()) {
                int length = matchAt(i);
                if (length == 0) {
                    leftoverStart = leftoverStart < 0 ? i : leftoverStart;
                    i++;
                } else {
                    i += length;
                }
            }
            flushLeftover(words.size());
        }

        /** Records the longest known name starting at word i; returns its length in words, 0 if none. */
        private int matchAt(int i) {
            int exact = exactLengthAt(i);
            Target truncated = truncatedTargetAt(i, exact);
            if (truncated != null) {
                return record(i, words.size(), truncated, true);
            }
            return exact == 0 ? 0 : record(i, i + exact, index.exact(keyOf(i, i + exact)).orElseThrow(), false);
        }

        private int exactLengthAt(int i) {
            for (int length = Math.min(index.maxWords(), words.size() - i); length > 0; length--) {
                if (index.exact(keyOf(i, i + length)).isPresent()) {
                    return length;
                }
            }
            return 0;
        }

        /** The one name of which the rest of the cell, longer than the exact match, is the cut-off start. */
        private Target truncatedTargetAt(int i, int exactLength) {
            if (words.size() - i <= exactLength) {
                return null;
            }
            Set<Target> targets = index.prefixTargets(keyOf(i, words.size()));
            return targets.size() == 1 ? targets.iterator().next() : null;
        }

        private String keyOf(int from, int to) {
            return NameTokens.key(words.subList(from, to));
        }

        private int record(int from, int to, Target target, boolean truncated) {
            flushLeftover(from);
            int end = target.collective() != null ? Qualifiers.end(words, to) : to;
            if (end > to) {
                String qualifier = text.substring(words.get(to).start(), words.get(end - 1).end());
                add(qualified(span(words.subList(from, end)), target.collective(), qualifier));
            } else if (!target.ignored()) {
                add(toMatch(span(words.subList(from, to)), target, truncated));
            }
            return end - from;
        }

        private void flushLeftover(int end) {
            if (leftoverStart < 0) {
                return;
            }
            for (List<Token> hard : splitter.splitHard(words.subList(leftoverStart, end))) {
                AgencyMatch whole = wholePiece(span(hard), NameTokens.key(hard));
                if (whole != null) {
                    add(whole);
                    continue;
                }
                for (List<Token> piece : splitter.split(hard)) {
                    add(resolvePiece(span(piece), NameTokens.key(piece)));
                }
            }
            leftoverStart = -1;
        }

        private void add(AgencyMatch match) {
            found.putIfAbsent(match.identity(), match);
        }

        private String span(List<Token> piece) {
            return text.substring(piece.get(0).start(), piece.get(piece.size() - 1).end());
        }
    }

    /** A piece between hard breaks read as one name: a cut-off name, or (OCR text) a misread one; else null. */
    private AgencyMatch wholePiece(String written, String key) {
        Set<Target> candidates = index.prefixTargets(key);
        if (candidates.size() == 1) {
            return toMatch(written, candidates.iterator().next(), true);
        }
        return ocr == null ? null : ocr.match(written).map(t -> misread(written, t)).orElse(null);
    }

    private AgencyMatch resolvePiece(String written, String key) {
        Set<Target> candidates = index.prefixTargets(key);
        if (candidates.size() == 1) {
            return toMatch(written, candidates.iterator().next(), true);
        }
        if (ocr != null) {
            AgencyMatch misread = ocr.match(written).map(t -> misread(written, t)).orElse(null);
            if (misread != null) {
                return misread;
            }
        }
        List<Agency> preferred = candidates.stream().map(Target::agency).filter(a -> a != null).toList();
        return AgencyMatch.unknown(written, ranker.suggest(key, preferred));
    }

    private AgencyMatch misread(String written, Target target) {
        String warning = "\"" + written + "\" được hiểu là \"" + target.canonicalName() + "\" (chữ nhận dạng có thể sai)";
        return target.agency() != null ? AgencyMatch.agency(written, target.agency(), warning)
                : AgencyMatch.collective(written, target.collective(), target.collective().expand(agencies), warning);
    }

    /** "Các cơ quan, đơn vị được ghi kế hoạch": the collective, narrowed by words the lead agency has to apply. */
    private AgencyMatch qualified(String written, Collective collective, String qualifier) {
        String warning = "\"" + written + "\" được hiểu là \"" + collective.name() + "\" kèm điều kiện \"" + qualifier
                + "\": chỉ những cơ quan thỏa điều kiện này tham gia.";
        return new AgencyMatch(AgencyMatch.Kind.COLLECTIVE, written, null, collective.name() + " " + qualifier,
                collective.expand(agencies), true, List.of(), warning);
    }

    private AgencyMatch toMatch(String written, Target target, boolean truncated) {
        if (target.party()) {
            return AgencyMatch.party(written);
        }
        String warning = truncated ? "\"" + written + "\" được hiểu là \"" + target.canonicalName()
                + "\" (tên có thể bị cắt)" : null;
        if (target.agency() != null) {
            return AgencyMatch.agency(written, target.agency(), warning);
        }
        return AgencyMatch.collective(written, target.collective(), target.collective().expand(agencies), warning);
    }
}
