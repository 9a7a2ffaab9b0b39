//! Symbol-table unit tests.
