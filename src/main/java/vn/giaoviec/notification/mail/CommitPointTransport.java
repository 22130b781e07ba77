package vn.giaoviec.notification.mail;

import jakarta.mail.Address;
import jakarta.mail.Message;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.URLName;
import org.eclipse.angus.mail.smtp.SMTPTransport;

/**
 * SMTP (or SMTPS) that tells the message being sent the moment its final "." has been written — before
 * the server's answer is read — so that its outbox row is committed as sent with no wait in between
 * (see {@link CommitPointMessage}).
 */
final class CommitPointTransport extends SMTPTransport {

    private CommitPointMessage sending;

    CommitPointTransport(Session session, String protocol) {
        super(session, new URLName(protocol, null, -1, null, null, null), protocol, "smtps".equals(protocol));
    }

    @Override
    public synchronized void sendMessage(Message message, Address[] addresses) throws MessagingException {
        sending = message instanceof CommitPointMessage commitPoint ? commitPoint : null;
        try {
            super.sendMessage(message, addresses);
        } finally {
            sending = null;
        }
    }

    @Override
    protected void sendCommand(String command) throws MessagingException {
        super.sendCommand(command);
        if (".".equals(command) && sending != null) {
            sending.pointOfNoReturnPassed();
        }
    }
}
