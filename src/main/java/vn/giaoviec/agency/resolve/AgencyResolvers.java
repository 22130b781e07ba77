package vn.giaoviec.agency.resolve;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Component;
import vn.giaoviec.agency.Agency;
import vn.giaoviec.agency.AgencyDirectory;

/** Builds the resolver for one import: the directory, its collectives, saved aliases, and the user's mappings. */
@Component
public class AgencyResolvers {

    private final AgencyDirectory directory;
    private final AgencyAliases aliases;

    public AgencyResolvers(AgencyDirectory directory, AgencyAliases aliases) {
        this.directory = directory;
        this.aliases = aliases;
    }

    public AgencyResolver with(Map<String, String> mappings) {
        return with(mappings, List.of(), false);
    }

    /**
     * @param newAgencies  agencies the import is about to add (the preview shows them resolved)
     * @param ocrTolerant  the text came from OCR or lost its diacritics: misread names are matched
     */
    public AgencyResolver with(Map<String, String> mappings, Collection<Agency> newAgencies, boolean ocrTolerant) {
        List<Agency> agencies = new ArrayList<>(directory.all());
        agencies.addAll(newAgencies);
        AgencyResolver resolver = new AgencyResolver(agencies, directory.collectives(),
                AgencyMapping.of(savedAliasesStillInTheDirectory()));
        if (ocrTolerant) {
            resolver = resolver.ocrTolerant();
        }
        return mappings == null || mappings.isEmpty() ? resolver : resolver.withMapping(AgencyMapping.of(mappings));
    }

    /** A saved alias whose agency has since left the directory is ignored rather than blocking every import. */
    private Map<String, String> savedAliasesStillInTheDirectory() {
        Map<String, String> valid = new LinkedHashMap<>();
        aliases.all().forEach((alias, code) -> {
            boolean known = NameIndex.NOT_AN_AGENCY.equals(code) || directory.isActive(code)
                    || directory.collectives().stream().anyMatch(c -> c.name().equals(code));
            if (known) {
                valid.put(alias, code);
            }
        });
        return valid;
    }
}
