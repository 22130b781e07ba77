package vn.giaoviec.notification.webhook;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.HexFormat;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The signature a gateway checks before trusting a call: HMAC-SHA256 with the shared secret over
 * "{timestamp}.{body}", sent as {@code X-GiaoViec-Signature: sha256=<hex>} with
 * {@code X-GiaoViec-Timestamp: <seconds since 1970>} (a gateway refuses old timestamps: no replay).
 */
public final class WebhookSignature {

    public static final String SIGNATURE_HEADER = "X-GiaoViec-Signature";
    public static final String TIMESTAMP_HEADER = "X-GiaoViec-Timestamp";
    public static final String DELIVERY_HEADER = "X-GiaoViec-Delivery";

    private WebhookSignature() {
    }

    public static String sign(String secret, long timestamp, String body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(secret.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal((timestamp + "." + body).getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }
}
