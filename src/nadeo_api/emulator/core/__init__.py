"""The emulated Core API, one module per section of its documentation."""
