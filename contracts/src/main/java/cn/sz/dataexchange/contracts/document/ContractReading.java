package cn.sz.dataexchange.contracts.document;

/** The outcome of reading a contract document: the contract, or why the text is not one. */
public sealed interface ContractReading {

    record Read(CanonicalContract contract) implements ContractReading {
    }

    record Unreadable(String reason) implements ContractReading {
    }
}
