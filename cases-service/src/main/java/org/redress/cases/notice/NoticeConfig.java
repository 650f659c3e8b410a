package org.redress.cases.notice;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The formal notices cases-service writes: who signs them. */
@ConfigMapping(prefix = "redress.cases.notice")
public interface NoticeConfig {

    /** The organisation that sends the notices, as the letter names and signs it. */
    @WithDefault("Redress")
    String sender();
}
