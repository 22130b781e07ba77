package vn.giaoviec.security.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The trusted proxies as the expression Tomcat matches the peer's address against. */
class ProxyAddressesTest {

    static boolean trusted(List<String> proxies, String address) {
        String regex = ProxyAddresses.regexOf(proxies);
        return !regex.isEmpty() && Pattern.compile(regex).matcher(address).matches();
    }

    @Test
    void nothingIsTrustedWhenNothingIsConfigured() {
        assertThat(ProxyAddresses.regexOf(List.of())).isEmpty();
        assertThat(ProxyAddresses.regexOf(List.of("", " "))).isEmpty();
    }

    @Test
    void singleAddressesMatchThemselvesOnly() {
        List<String> proxies = List.of("172.28.0.10", "::1");
        assertThat(trusted(proxies, "172.28.0.10")).isTrue();
        assertThat(trusted(proxies, "0:0:0:0:0:0:0:1")).isTrue();
        assertThat(trusted(proxies, "172.28.0.100")).isFalse();
        assertThat(trusted(proxies, "172x28.0.10")).isFalse();
        assertThat(trusted(proxies, "10.0.0.1")).isFalse();
    }

    @Test
    void networksCoverTheirAddressesOnTheOctetBoundaryAndWithin() {
        List<String> proxies = List.of("10.0.0.0/8", "192.168.16.0/20", "172.28.0.8/30");
        assertThat(trusted(proxies, "10.255.3.4")).isTrue();
        assertThat(trusted(proxies, "192.168.31.255")).isTrue();
        assertThat(trusted(proxies, "192.168.32.1")).isFalse();
        assertThat(trusted(proxies, "192.168.15.1")).isFalse();
        assertThat(trusted(proxies, "172.28.0.11")).isTrue();
        assertThat(trusted(proxies, "172.28.0.12")).isFalse();
        assertThat(trusted(proxies, "11.0.0.1")).isFalse();
        assertThat(trusted(List.of("0.0.0.0/0"), "8.8.8.8")).isTrue();
    }

    @Test
    void namesAndMalformedEntriesAreRefusedAtStartup() {
        assertThatThrownBy(() -> ProxyAddresses.regexOf(List.of("proxy.example"))).hasMessageContaining("không phải địa chỉ IP");
        assertThatThrownBy(() -> ProxyAddresses.regexOf(List.of("10.0.0.0/33"))).hasMessageContaining("tiền tố");
        assertThatThrownBy(() -> ProxyAddresses.regexOf(List.of("fd00::/8"))).hasMessageContaining("IPv6");
    }
}
