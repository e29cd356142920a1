//! Crossbar wire model.
