package dev.limber.load;

import com.typesafe.config.ConfigException;
import com.typesafe.config.ConfigIncludeContext;
import com.typesafe.config.ConfigIncluder;
import com.typesafe.config.ConfigIncluderClasspath;
import com.typesafe.config.ConfigIncluderFile;
import com.typesafe.config.ConfigIncluderURL;
import com.typesafe.config.ConfigObject;
import java.io.File;
import java.net.URL;

/** A settings file is one file: it may not include anything, from disk, a URL or the classpath. */
final class NoIncludes
        implements ConfigIncluder, ConfigIncluderFile, ConfigIncluderURL, ConfigIncluderClasspath {
    @Override
    public ConfigIncluder withFallback(ConfigIncluder fallback) {
        return this;
    }

    private ConfigObject refuse() {
        throw new ConfigException.Generic("include is not allowed in the settings file");
    }

    @Override
    public ConfigObject include(ConfigIncludeContext context, String what) {
        return refuse();
    }

    @Override
    public ConfigObject includeFile(ConfigIncludeContext context, File what) {
        return refuse();
    }

    @Override
    public ConfigObject includeURL(ConfigIncludeContext context, URL what) {
        return refuse();
    }

    @Override
    public ConfigObject includeResources(ConfigIncludeContext context, String what) {
        return refuse();
    }
}
