package vn.giaoviec.security.client;

import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The trusted proxies of a deployment as Tomcat's RemoteIpValve wants them: one regular expression
 * matching exactly the listed addresses — IPv4 or IPv6 addresses, or IPv4 networks in CIDR notation
 * ({@code 172.28.0.0/24}). No entry: an expression that matches nothing, so no client can choose its
 * own address with X-Forwarded-For.
 */
final class ProxyAddresses {

    /** Matches no address (the valve treats an empty expression as "none"). */
    static final String NONE = "";

    private static final String ANY_OCTET = "(?:25[0-5]|2[0-4]\\d|1\\d\\d|[1-9]?\\d)";

    private ProxyAddresses() {
    }

    static String regexOf(List<String> entries) {
        List<String> alternatives = new ArrayList<>();
        for (String entry : entries) {
            if (entry != null && !entry.isBlank()) {
                alternatives.add(regexOf(entry.trim()));
            }
        }
        return alternatives.isEmpty() ? NONE : String.join("|", alternatives);
    }

    private static String regexOf(String entry) {
        String[] parts = entry.split("/", 2);
        InetAddress address = parse(parts[0], entry);
        if (!(address instanceof Inet4Address)) {
            if (parts.length > 1) {
                throw invalid(entry, "mạng IPv6 chưa được hỗ trợ, hãy liệt kê từng địa chỉ");
            }
            return Pattern.quote(address.getHostAddress()); // as Tomcat writes it: 0:0:0:0:0:0:0:1
        }
        int prefix = parts.length > 1 ? prefix(parts[1], entry) : 32;
        byte[] octets = address.getAddress();
        List<String> regex = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            int bits = Math.max(0, Math.min(8, prefix - 8 * i));
            int base = octets[i] & 0xff & (0xff << (8 - bits));
            regex.add(bits == 8 ? Integer.toString(base) : bits == 0 ? ANY_OCTET : range(base, 1 << (8 - bits)));
        }
        return String.join("\\.", regex);
    }

    private static String range(int base, int size) {
        List<String> values = new ArrayList<>();
        for (int value = base; value < base + size; value++) {
            values.add(Integer.toString(value));
        }
        return "(?:" + String.join("|", values) + ")";
    }

    private static InetAddress parse(String text, String entry) {
        // literal addresses only: no name is ever looked up
        if (!text.matches("[0-9.]+|[0-9a-fA-F:]*:[0-9a-fA-F:.]*")) {
            throw invalid(entry, "không phải địa chỉ IP");
        }
        try {
            return InetAddress.getByName(text);
        } catch (UnknownHostException e) {
            throw invalid(entry, "không phải địa chỉ IP");
        }
    }

    private static int prefix(String text, String entry) {
        try {
            int prefix = Integer.parseInt(text);
            if (prefix >= 0 && prefix <= 32) {
                return prefix;
            }
        } catch (NumberFormatException e) {
            // refused below
        }
        throw invalid(entry, "độ dài tiền tố phải từ 0 đến 32");
    }

    private static IllegalArgumentException invalid(String entry, String why) {
        return new IllegalArgumentException("giaoviec.trusted-proxies: \"" + entry + "\" " + why);
    }
}
