package cn.sz.dataexchange.deploy;

import java.util.regex.Pattern;

/** How the tests recognise a secret by its name or by its look. */
final class Secrets {

    private static final Pattern SECRET_NAME =
            Pattern.compile(".*(PASSWORD|SECRET|MASTER_KEY|PRIVATE_KEY|CREDENTIAL|API_KEY).*", Pattern.CASE_INSENSITIVE);
    /** user:password@ in a URL, or a password parameter of a JDBC/R2DBC URL. */
    private static final Pattern CREDENTIALS_IN_URL =
            Pattern.compile("(?i)(://[^/@\\s]+:[^/@\\s]*@)|([?&;]password=)");
    /** Base64 of 32 or more bytes, the form of the master key. */
    private static final Pattern KEY_MATERIAL = Pattern.compile("[A-Za-z0-9+/_-]{43,}={0,2}");

    private Secrets() {
    }

    static boolean looksSecret(String name) {
        return SECRET_NAME.matcher(name).matches();
    }

    static boolean looksLikeCredentials(String value) {
        return CREDENTIALS_IN_URL.matcher(value).find() || KEY_MATERIAL.matcher(value.trim()).matches();
    }
}
