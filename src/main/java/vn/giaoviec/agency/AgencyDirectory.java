package vn.giaoviec.agency;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.io.Resource;
import org.springframework.stereotype.Component;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** The deployment's directory of agencies, read from a data file (config/agencies.yaml). */
@Component
public class AgencyDirectory {

    private static final Pattern CODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    private final String province;
    private final Map<String, Agency> byCode;
    private final List<Collective> collectives;

    public AgencyDirectory(@Value("${giaoviec.agencies-location}") Resource location) {
        Map<String, Object> data = read(location);
        this.province = (String) data.getOrDefault("province", "");
        this.byCode = parseAgencies(data.get("agencies"), location);
        this.collectives = CollectivesYaml.fromDocument(data);
    }

    /** Collective names ("Các cơ quan, đơn vị" …) and the kinds of agencies they stand for. */
    public List<Collective> collectives() {
        return collectives;
    }

    public String province() {
        return province;
    }

    public Collection<Agency> all() {
        return byCode.values();
    }

    public Optional<Agency> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    public Agency get(String code) {
        return find(code).orElseThrow(() -> new IllegalArgumentException("Không có cơ quan mã \"" + code + "\""));
    }

    public String nameOf(String code) {
        return find(code).map(Agency::name).orElse(code);
    }

    public List<Agency> withRole(AgencyRole role) {
        return byCode.values().stream().filter(a -> a.hasRole(role)).toList();
    }

    public List<Agency> ofKind(AgencyKind kind) {
        return byCode.values().stream().filter(a -> a.kind() == kind).toList();
    }

    private static Map<String, Object> read(Resource location) {
        try (InputStream in = location.getInputStream()) {
            Map<String, Object> data = new Yaml(new SafeConstructor(new LoaderOptions())).load(in);
            if (data == null) {
                throw new IllegalStateException("Tệp danh bạ cơ quan rỗng: " + location);
            }
            return data;
        } catch (IOException e) {
            throw new IllegalStateException("Không đọc được danh bạ cơ quan: " + location, e);
        }
    }

    @SuppressWarnings("unchecked")
    private static Map<String, Agency> parseAgencies(Object list, Resource location) {
        if (!(list instanceof List<?> entries) || entries.isEmpty()) {
            throw new IllegalStateException("Danh bạ cơ quan " + location + " không có mục 'agencies'");
        }
        Map<String, Agency> result = new LinkedHashMap<>();
        for (Object entry : entries) {
            Agency agency = toAgency((Map<String, Object>) entry, location);
            if (result.put(agency.code(), agency) != null) {
                throw new IllegalStateException("Mã cơ quan trùng trong " + location + ": " + agency.code());
            }
        }
        return result;
    }

    @SuppressWarnings("unchecked")
    private static Agency toAgency(Map<String, Object> entry, Resource location) {
        String code = String.valueOf(entry.get("code"));
        if (!CODE.matcher(code).matches()) {
            throw new IllegalStateException("Mã cơ quan không hợp lệ trong " + location + ": \"" + code
                    + "\" (chỉ chữ thường không dấu, số và '-')");
        }
        Object name = entry.get("name");
        if (name == null) {
            throw new IllegalStateException("Cơ quan \"" + code + "\" thiếu tên trong " + location);
        }
        AgencyKind kind = AgencyKind.valueOf(String.valueOf(entry.getOrDefault("kind", "SO")));
        Set<AgencyRole> roles = ((List<String>) entry.getOrDefault("roles", List.of())).stream()
                .map(AgencyRole::valueOf).collect(Collectors.toSet());
        List<String> aliases = new ArrayList<>((List<String>) entry.getOrDefault("aliases", List.of()));
        return new Agency(code, name.toString(), kind, roles, aliases);
    }
}
