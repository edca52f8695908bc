package cn.sz.dataexchange.contracts.cli;

import java.io.PrintStream;

/** Where a command writes: results to out (for pipes), explanations to err. */
record Console(PrintStream out, PrintStream err) {
}
