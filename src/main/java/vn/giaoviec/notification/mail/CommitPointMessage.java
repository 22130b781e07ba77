package vn.giaoviec.notification.mail;

import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.io.OutputStream;
import java.util.Optional;
import java.util.function.Supplier;
import vn.giaoviec.notification.delivery.DeliveryChannel.SentMark;

/**
 * An e-mail whose outbox row is marked sent around SMTP's point of no return. The SMTP client writes
 * the whole message inside DATA, then the final "." that makes the server accept it. When the body is
 * written this message marks its row sent in a transaction left open ({@code openMark}); the
 * {@link CommitPointTransport} commits it the moment the "." has been written, before it reads the
 * server's answer. So a node killed before the "." leaves the row unmarked (the database rolls back a
 * lost connection's transaction) and the server drops the unfinished DATA: another node sends it after
 * the claim lease, once. Only a kill in the microseconds between writing the "." and writing the commit
 * can repeat a message — with the same Message-ID, which mail programs recognise — and none can lose
 * one. If the row says another node sent it already, writing fails and the client abandons the
 * transaction. Without {@code openMark} (the demo's mail folder) it is a plain message.
 */
final class CommitPointMessage extends MimeMessage {

    private final String messageId;
    private final Supplier<Optional<SentMark>> openMark;
    private SentMark mark;
    private boolean committed;
    private RuntimeException commitFailure;

    CommitPointMessage(Session session, String messageId, Supplier<Optional<SentMark>> openMark) {
        super(session);
        this.messageId = messageId;
        this.openMark = openMark;
    }

    /** The same Message-ID at every attempt, so that a receiving system can tell a repeat from a new message. */
    @Override
    protected void updateMessageID() throws MessagingException {
        setHeader("Message-ID", messageId);
    }

    @Override
    public void writeTo(OutputStream out, String[] ignoreList) throws IOException, MessagingException {
        super.writeTo(out, ignoreList);
        if (openMark != null && mark == null && !committed) {
            try {
                mark = openMark.get().orElse(null);
            } catch (RuntimeException e) {
                // an IOException makes the client drop the connection mid-DATA: the server keeps nothing
                throw new IOException("Không ghi được trạng thái thư: " + e.getMessage(), e);
            }
            if (mark == null) {
                throw new IOException("Thư đã được gửi: không gửi lại");
            }
        }
    }

    /**
     * The "." is written: the server will accept the message; its row is committed as sent now. A
     * failing commit is kept for {@link #accepted} — the client must read the server's answer first.
     */
    void pointOfNoReturnPassed() {
        if (mark != null) {
            SentMark open = mark;
            mark = null;
            try {
                open.commit();
                committed = true;
            } catch (RuntimeException e) {
                commitFailure = e;
            }
        }
    }

    /**
     * The server accepted it; commits the mark if the transport never announced the "." (e.g. BDAT).
     * If the commit failed, the row stays unsent and the message will go again, with its Message-ID.
     */
    void accepted() {
        pointOfNoReturnPassed();
        if (commitFailure != null) {
            throw commitFailure;
        }
    }

    /** Whether its row was committed as sent (then a refusal afterwards must undo it). */
    boolean committed() {
        return committed;
    }

    /** Rolls back a mark that was opened and never committed: the message did not go out. */
    void release() {
        if (mark != null) {
            SentMark open = mark;
            mark = null;
            open.close();
        }
    }
}
