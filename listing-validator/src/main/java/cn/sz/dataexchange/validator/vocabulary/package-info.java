/** The published vocabulary of processing purposes and personal data categories (GB/T 35273 sensitive ones marked). */
package cn.sz.dataexchange.validator.vocabulary;
