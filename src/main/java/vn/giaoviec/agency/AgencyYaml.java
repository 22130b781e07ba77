package vn.giaoviec.agency;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.core.io.Resource;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/** config/agencies.yaml: the province, the agencies that seed the directory, and the collectives. */
record AgencyYaml(String province, List<Agency> agencies, List<Collective> collectives) {

    static final Pattern CODE = Pattern.compile("[a-z0-9]+(-[a-z0-9]+)*");

    static AgencyYaml read(Resource location) {
        Map<String, Object> data = load(location);
        return new AgencyYaml((String) data.getOrDefault("province", ""), parseAgencies(data.get("agencies"), location),
                CollectivesYaml.fromDocument(data));
    }

    private static Map<String, Object> load(Resource location) {
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
    private static List<Agency> parseAgencies(Object list, Resource location) {
        if (!(list instanceof List<?> entries) || entries.isEmpty()) {
            throw new IllegalStateException("Danh bạ cơ quan " + location + " không có mục 'agencies'");
        }
        List<Agency> result = new ArrayList<>();
        Set<String> codes = new LinkedHashSet<>();
        for (Object entry : entries) {
            Agency agency = toAgency((Map<String, Object>) entry, location);
            if (!codes.add(agency.code())) {
                throw new IllegalStateException("Mã cơ quan trùng trong " + location + ": " + agency.code());
            }
            result.add(agency);
        }
        return List.copyOf(result);
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
