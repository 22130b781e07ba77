package vn.giaoviec.agency;

/** A change to the directory that cannot be made; the message says why, in Vietnamese (HTTP 400). */
public class DirectoryException extends RuntimeException {

    public DirectoryException(String message) {
        super(message);
    }
}
