package dev.limber.load;

import java.io.IOException;
import java.io.InputStream;
import java.net.JarURLConnection;
import java.net.URISyntaxException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Stream;

/**
 * A routine's own folder: the only place its file and its includes may be read from. Either a
 * directory on disk or the {@code /routines} folder built into the jar. Names inside it are
 * relative, {@code /}-separated and already checked by {@link IncludePolicy}.
 */
public sealed interface Folder {

    /** Reads {@code rel}, refusing more than {@code maxBytes}; {@code confined} also refuses a symlink out of the folder. */
    Read read(String rel, long maxBytes, boolean confined);

    /**
     * Where {@code rel} is on disk, for a reader that opens it itself later (a picture): the real
     * path of a regular file inside this folder, or why there is none. Confined as {@link #read}
     * with {@code confined}, by the same code.
     */
    Place locate(String rel);

    /** How a file in this folder is named in messages. */
    String display(String rel);

    /** Whether {@code rel} is a file in this folder. */
    boolean has(String rel);

    /** The {@code .conf} files directly in this folder (not in {@code lib/} or other subfolders), sorted. */
    List<String> routineNames();

    /** What reading a file gave. */
    sealed interface Read {
        record Bytes(byte[] bytes) implements Read {
        }

        record Missing() implements Read, Place {
        }

        record TooLarge(long size) implements Read {
        }

        /** A symlink that leads out of the routine's folder. */
        record Outside() implements Read, Place {
        }

        record Failed(String reason) implements Read, Place {
        }
    }

    /** Where a file is: on disk, or why not (one of the {@link Read} failures, or packed in the jar). */
    sealed interface Place {
        /** A regular file inside the folder, by its real path (no symbolic links left in it). */
        record At(Path file) implements Place {
        }

        /** The folder is inside limber's jar: its files are no paths another reader could open. */
        record InJar() implements Place {
        }
    }

    /** A directory on disk. */
    record Dir(Path root) implements Folder {
        @Override
        public Read read(String rel, long maxBytes, boolean confined) {
            Path file = root.resolve(rel);
            if (confined && locate(rel) instanceof Read why) {
                return why;
            }
            try {
                if (!Files.isRegularFile(file)) {
                    return Files.exists(file) ? new Read.Failed("not a regular file") : new Read.Missing();
                }
                long size = Files.size(file);
                if (size > maxBytes) {
                    return new Read.TooLarge(size);
                }
                try (InputStream in = Files.newInputStream(file)) {
                    byte[] bytes = in.readNBytes((int) maxBytes + 1);
                    return bytes.length > maxBytes ? new Read.TooLarge(bytes.length) : new Read.Bytes(bytes);
                }
            } catch (NoSuchFileException e) {
                return new Read.Missing();
            } catch (IOException | SecurityException e) {
                return failed(e);
            }
        }

        @Override
        public Place locate(String rel) {
            try {
                Path real = root.resolve(rel).toRealPath();
                if (!real.startsWith(root.toRealPath())) {
                    return new Read.Outside();
                }
                return Files.isRegularFile(real) ? new Place.At(real) : new Read.Failed("not a regular file");
            } catch (NoSuchFileException e) {
                return new Read.Missing();
            } catch (IOException | SecurityException e) {
                return failed(e);
            }
        }

        private static Read.Failed failed(Exception e) {
            return new Read.Failed(e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage()));
        }

        @Override
        public String display(String rel) {
            return root.resolve(rel).toString();
        }

        @Override
        public boolean has(String rel) {
            return Files.isRegularFile(root.resolve(rel));
        }

        @Override
        public List<String> routineNames() {
            if (!Files.isDirectory(root)) {
                return List.of();
            }
            try (Stream<Path> files = Files.list(root)) {
                return files.filter(p -> p.getFileName().toString().endsWith(".conf") && Files.isRegularFile(p))
                        .map(p -> p.getFileName().toString()).sorted().toList();
            } catch (IOException e) {
                return List.of();
            }
        }
    }

    /** The routines packed into the jar under {@code /routines} (a directory when run from the build tree). */
    record Builtin() implements Folder {
        private static final String ROOT = "routines/";

        @Override
        public Read read(String rel, long maxBytes, boolean confined) {
            try (InputStream in = Folder.class.getResourceAsStream("/" + ROOT + rel)) {
                if (in == null) {
                    return new Read.Missing();
                }
                byte[] bytes = in.readNBytes((int) maxBytes + 1);
                return bytes.length > maxBytes ? new Read.TooLarge(bytes.length) : new Read.Bytes(bytes);
            } catch (IOException e) {
                return new Read.Failed(e.getClass().getSimpleName());
            }
        }

        @Override
        public Place locate(String rel) {
            return new Place.InJar();
        }

        @Override
        public String display(String rel) {
            return "<built-in>/" + rel;
        }

        @Override
        public boolean has(String rel) {
            return Folder.class.getResource("/" + ROOT + rel) != null;
        }

        @Override
        public List<String> routineNames() {
            URL url = Folder.class.getResource("/" + ROOT);
            if (url == null) {
                return List.of();
            }
            try {
                if ("file".equals(url.getProtocol())) {
                    return new Dir(Path.of(url.toURI())).routineNames();
                }
                if ("jar".equals(url.getProtocol())) {
                    return fromJar(url);
                }
            } catch (IOException | URISyntaxException | RuntimeException e) {
                return List.of();
            }
            return List.of();
        }

        private static List<String> fromJar(URL url) throws IOException {
            JarURLConnection connection = (JarURLConnection) url.openConnection();
            connection.setUseCaches(false);
            List<String> names = new ArrayList<>();
            try (JarFile jar = connection.getJarFile()) {
                Enumeration<JarEntry> entries = jar.entries();
                while (entries.hasMoreElements()) {
                    String name = entries.nextElement().getName();
                    if (name.startsWith(ROOT) && name.endsWith(".conf") && name.indexOf('/', ROOT.length()) < 0) {
                        names.add(name.substring(ROOT.length()));
                    }
                }
            }
            names.sort(null);
            return names;
        }
    }
}
