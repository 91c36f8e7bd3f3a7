package dev.limber.load;

import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigFactory;
import com.typesafe.config.ConfigIncludeContext;
import com.typesafe.config.ConfigIncluder;
import com.typesafe.config.ConfigIncluderClasspath;
import com.typesafe.config.ConfigIncluderFile;
import com.typesafe.config.ConfigIncluderURL;
import com.typesafe.config.ConfigObject;
import com.typesafe.config.ConfigParseOptions;
import java.io.File;
import java.net.URL;
import java.util.Map;

/**
 * The only includer Typesafe Config gets for a routine. It implements all four includer
 * interfaces so no include form falls through to the default (which would read URLs, the
 * classpath and any file), never falls back, and serves only the files the {@link Guard} already
 * read and approved from the routine's own folder.
 */
final class SafeIncluder implements ConfigIncluder, ConfigIncluderFile, ConfigIncluderURL, ConfigIncluderClasspath {

    /** An include this includer will not serve. */
    static final class Refused extends ConfigException {
        private static final long serialVersionUID = 1L;

        Refused(String message) {
            super(message);
        }
    }

    private final Map<String, String> texts;
    private final Folder folder;
    private final String dir;

    /**
     * @param texts the approved files by their path in the folder
     * @param dir the including file's folder inside the routine's folder: {@code ""} or {@code lib/}
     */
    SafeIncluder(Map<String, String> texts, Folder folder, String dir) {
        this.texts = texts;
        this.folder = folder;
        this.dir = dir;
    }

    /** Typesafe Config offers its default includer as a fallback; refusing it is the point. */
    @Override
    public ConfigIncluder withFallback(ConfigIncluder fallback) {
        return this;
    }

    @Override
    public ConfigObject include(ConfigIncludeContext context, String what) {
        return serve(context, IncludePolicy.Kind.HEURISTIC, what);
    }

    @Override
    public ConfigObject includeFile(ConfigIncludeContext context, File what) {
        return serve(context, IncludePolicy.Kind.FILE, what.getPath());
    }

    @Override
    public ConfigObject includeURL(ConfigIncludeContext context, URL what) {
        return serve(context, IncludePolicy.Kind.URL, what.toString());
    }

    @Override
    public ConfigObject includeResources(ConfigIncludeContext context, String what) {
        return serve(context, IncludePolicy.Kind.CLASSPATH, what);
    }

    private ConfigObject serve(ConfigIncludeContext context, IncludePolicy.Kind kind, String name) {
        IncludePolicy.Decision d = IncludePolicy.check(kind, name, dir);
        if (!d.allowed()) {
            throw new Refused(d.refusal());
        }
        String childDir = d.path().contains("/") ? d.path().substring(0, d.path().lastIndexOf('/') + 1) : "";
        if (IncludeNames.hasExtension(d.path())) {
            return parse(context, d.path(), childDir);
        }
        // no extension: the .conf, .json and .properties there are, merged with .conf first, as HOCON says
        ConfigObject merged = null;
        for (String rel : IncludeNames.candidates(d.path())) {
            if (texts.containsKey(rel)) {
                ConfigObject one = parse(context, rel, childDir);
                merged = merged == null ? one : merged.withFallback(one);
            }
        }
        if (merged == null) {
            throw new Refused("include \"" + d.path() + "\" was not approved before parsing");
        }
        return merged;
    }

    private ConfigObject parse(ConfigIncludeContext context, String rel, String childDir) {
        String text = texts.get(rel);
        if (text == null) {
            throw new Refused("include \"" + rel + "\" was not approved before parsing");
        }
        ConfigParseOptions options = context.parseOptions()
                .setSyntax(IncludeNames.syntax(rel))
                .setOriginDescription(folder.display(rel))
                .setAllowMissing(false)
                .setIncluder(new SafeIncluder(texts, folder, childDir));
        return ConfigFactory.parseString(text, options).root();
    }
}
