package mando.domain.port;

/** The image could not be stored; the request should be tried again. */
public class ImageStoreException extends RuntimeException {
    public ImageStoreException(String message, Throwable cause) {
        super(message, cause);
    }
}
