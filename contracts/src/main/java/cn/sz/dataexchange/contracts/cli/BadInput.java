package cn.sz.dataexchange.contracts.cli;

/** The user gave the tool something it cannot work with (exit code 2); the message says what. */
final class BadInput extends RuntimeException {

    BadInput(String message) {
        super(message, null, false, false);
    }
}
