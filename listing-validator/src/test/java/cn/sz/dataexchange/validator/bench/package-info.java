/** Benchmark data generation (run by hand, never by the test suite); the JMH benchmarks live in src/jmh/java. */
package cn.sz.dataexchange.validator.bench;
