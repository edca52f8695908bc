package cn.sz.dataexchange.contracts.cli;

import java.time.Clock;

/** One sub-command of the tool; returns the exit code (0 ok, 1 invalid, 2 bad input). */
interface Command {

    int OK = 0;
    int INVALID = 1;
    int BAD_INPUT = 2;

    String name();

    String usage();

    int run(String[] args, Console console, Clock clock);
}
