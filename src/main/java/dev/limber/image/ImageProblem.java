package dev.limber.image;

/** Why an image file cannot be shown, in words for a routine's author ("a damaged PNG"). */
public final class ImageProblem extends Exception {
    private static final long serialVersionUID = 1L;

    public ImageProblem(String message) {
        super(message, null, false, false);
    }
}
