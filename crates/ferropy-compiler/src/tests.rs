//! Unit tests through the public API.
