package vn.giaoviec.notification.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.util.function.BooleanSupplier;

/**
 * An e-mail whose SMTP transaction is committed only after the outbox says it may be. The SMTP client
 * writes the whole message inside DATA, then the final "." that makes the server accept it; this
 * message runs {@code commit} (marking its outbox row sent) between the two. So a node killed before
 * the row is marked never completes the DATA — the server drops it, another node sends it later — and
 * a row marked sent is followed at once by the "." alone (one buffered write): each message reaches the
 * server once. If {@code commit} says another node sent it already, writing fails and the client
 * abandons the transaction.
 */
final class CommitPointMessage extends MimeMessage {

    private final String messageId;
    private final BooleanSupplier commit;
    private boolean committed;

    CommitPointMessage(Session session, String messageId, BooleanSupplier commit) {
        super(session);
        this.messageId = messageId;
        this.commit = commit;
    }

    /** The same Message-ID at every attempt, so that a receiving system can tell a repeat from a new message. */
    @Override
    protected void updateMessageID() throws MessagingException {
        setHeader("Message-ID", messageId);
    }

    @Override
    public void writeTo(OutputStream out, String[] ignoreList) throws IOException, MessagingException {
        super.writeTo(out, ignoreList);
        out.flush();
        if (!committed) {
            if (!commit.getAsBoolean()) {
                throw new IOException("Thư đã được gửi: không gửi lại");
            }
            committed = true;
        }
    }

    boolean committed() {
        return committed;
    }
}
